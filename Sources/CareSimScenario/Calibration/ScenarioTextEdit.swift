import Foundation
import JSON5

/// Numbers of a scenario file set in its text, so that a calibrated copy keeps every comment,
/// every other source and the author's layout, and differs from the original only where a value
/// was fitted.
///
/// Each edit replaces a field's number (the `value` of a sourced number, or a bare number, which
/// becomes a sourced one) and members that describe it (`range`, `distribution`, `note`,
/// `source`): a member the number has is replaced where it stands, one it lacks is added after
/// the member before it in that order, which is the order the shipped files write. The text is
/// located through the reader's ``SourceMap`` and the edited text is parsed again, so an edit that
/// did not land where it should is an error rather than a quietly wrong file.
struct ScenarioTextEdit: Sendable {
  /// One field to set: its path, its new number as it is to be written, and the members that
  /// describe it, each as JSON5 text.
  struct Change: Sendable {
    var path: String
    var number: String
    /// Members by key, each at most once, with their text; written in ``memberOrder``.
    var members: [(key: String, text: String)]

    init(path: String, number: String, members: [(key: String, text: String)]) {
      precondition(
        members.allSatisfy { ScenarioTextEdit.memberOrder.contains($0.key) },
        "members are among \(ScenarioTextEdit.memberOrder)")
      self.path = path
      self.number = number
      self.members = ScenarioTextEdit.memberOrder.compactMap { key in
        members.first { $0.key == key }
      }
    }

    /// A number and its source only.
    init(path: String, number: String, source: String) {
      self.init(
        path: path, number: number,
        members: [("source", ScenarioTextEdit.stringLiteral(source))])
    }
  }

  /// The members of a sourced number an edit writes, in the order a file writes them.
  static let memberOrder = ["range", "distribution", "note", "source"]

  enum Failure: Error, Equatable {
    /// The file holds no number at the path.
    case noNumber(path: String)
    /// The edited text reads back a different number at the path.
    case misplaced(path: String)
  }

  /// The text with every change applied.
  ///
  /// - Parameters:
  ///   - changes: The fields to set, each at most once.
  ///   - text: The scenario file as read.
  /// - Returns: The edited text, which differs from `text` only in the changed tokens.
  /// - Throws: ``Failure`` when a path holds no number, or an edit does not read back.
  static func applying(_ changes: [Change], to text: String) throws(Failure) -> String {
    guard let (json, sourceMap) = try? JSONValue.parseWithSourceMap(Data(text.utf8)) else {
      throw .noNumber(path: changes.first?.path ?? "")
    }
    let scalars = Array(text.unicodeScalars)
    let lineStarts = Self.lineStarts(scalars)
    func token(at path: String) -> Range<Int>? {
      sourceMap.position(at: path).flatMap {
        Self.valueToken(afterKeyAt: Self.offset($0, lineStarts), in: scalars)
      }
    }
    var replacements: [(range: Range<Int>, text: String)] = []
    for change in changes {
      let value = json.value(at: change.path)
      if value?.numberValue != nil {
        guard let number = token(at: change.path) else { throw .noNumber(path: change.path) }
        let members = change.members.map { ", \($0.key): \($0.text)" }.joined()
        replacements.append((number, "{ value: \(change.number)\(members) }"))
      } else if value?.objectValue?["value"]?.numberValue != nil {
        guard var anchor = token(at: change.path + ".value") else {
          throw .noNumber(path: change.path)
        }
        replacements.append((anchor, change.number))
        // Members the number lacks wait for the next one it has, and go in after the one before.
        var pending = ""
        for key in Self.memberOrder {
          let member = change.members.first { $0.key == key }
          guard let existing = token(at: change.path + "." + key) else {
            if let member { pending += ", \(key): \(member.text)" }
            continue
          }
          if !pending.isEmpty {
            replacements.append((anchor.upperBound..<anchor.upperBound, pending))
          }
          pending = ""
          if let member { replacements.append((existing, member.text)) }
          anchor = existing
        }
        if !pending.isEmpty {
          replacements.append((anchor.upperBound..<anchor.upperBound, pending))
        }
      } else {
        throw .noNumber(path: change.path)
      }
    }
    let result = Self.replacing(replacements, in: scalars)
    guard let reread = try? JSONValue.parse(Data(result.utf8)) else {
      throw .misplaced(path: changes.first?.path ?? "")
    }
    for change in changes {
      let value = reread.value(at: change.path)
      guard let number = value?.objectValue?["value"]?.numberValue, number == Double(change.number),
        change.members.allSatisfy({ member in
          value?.objectValue?[member.key] == (try? JSONValue.parse(Data(member.text.utf8)))
        })
      else { throw .misplaced(path: change.path) }
    }
    return result
  }

  /// The text with a member of the top-level object set: its value replaced where it stands, or,
  /// when the object has no such member, the member added at the object's end after a comment.
  ///
  /// - Parameters:
  ///   - key: The member's name.
  ///   - value: Its value as JSON5 text, indented for a member two spaces in.
  ///   - comment: The comment line that introduces a new member.
  ///   - text: The scenario file.
  /// - Returns: The edited text.
  /// - Throws: ``Failure/misplaced(path:)`` when the text has no top-level object or the member
  ///   does not read back as `value`.
  static func settingTopLevelMember(
    _ key: String, to value: String, comment: String, in text: String
  ) throws(Failure) -> String {
    guard let (json, sourceMap) = try? JSONValue.parseWithSourceMap(Data(text.utf8)) else {
      throw .misplaced(path: key)
    }
    let scalars = Array(text.unicodeScalars)
    var replacements: [(range: Range<Int>, text: String)] = []
    if json.objectValue?[key] != nil {
      guard let position = sourceMap.position(at: key),
        let existing = Self.valueToken(
          afterKeyAt: Self.offset(position, Self.lineStarts(scalars)), in: scalars)
      else { throw .misplaced(path: key) }
      replacements.append((existing, value))
    } else {
      // After the line of the last member before the root object's closing brace (the last
      // thing that is not space or a comment), which may need a comma.
      let open = Self.skipSpace(from: 0, in: scalars)
      guard open < scalars.count, scalars[open] == "{",
        let end = Self.skipToken(at: open, in: scalars)
      else { throw .misplaced(path: key) }
      let close = end - 1
      let lastMemberEnd = Self.lastContentEnd(before: close, after: open, in: scalars)
      let comma = lastMemberEnd > open + 1 && scalars[lastMemberEnd - 1] != "," ? "," : ""
      // The end of that line, unless the closing brace comes first.
      var lineEnd = lastMemberEnd
      while lineEnd < close && scalars[lineEnd] != "\n" && scalars[lineEnd] != "\r" {
        lineEnd += 1
      }
      let member = "\n\n  // \(comment)\n  \(key): \(value),"
      if lineEnd == lastMemberEnd {
        replacements.append((lineEnd..<lineEnd, comma + member))
      } else {
        replacements.append((lastMemberEnd..<lastMemberEnd, comma))
        replacements.append((lineEnd..<lineEnd, member))
      }
    }
    let result = Self.replacing(replacements, in: scalars)
    guard let reread = try? JSONValue.parse(Data(result.utf8)),
      reread.objectValue?[key] == (try? JSONValue.parse(Data(value.utf8)))
    else { throw .misplaced(path: key) }
    return result
  }

  /// The offset just past the last scalar in `open + 1 ..< close` that is neither white space
  /// nor inside a comment; `open + 1` when there is none.
  static func lastContentEnd(before close: Int, after open: Int, in scalars: [Unicode.Scalar])
    -> Int
  {
    var cursor = open + 1
    var end = open + 1
    while cursor < close {
      cursor = skipSpace(from: cursor, in: scalars)
      guard cursor < close else { break }
      cursor = skipToken(at: cursor, in: scalars) ?? cursor + 1
      end = cursor
    }
    return end
  }

  /// The scalars with the replacements made, from the last to the first.
  static func replacing(
    _ replacements: [(range: Range<Int>, text: String)], in scalars: [Unicode.Scalar]
  ) -> String {
    var scalars = scalars
    for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      scalars.replaceSubrange(replacement.range, with: replacement.text.unicodeScalars)
    }
    var edited = String.UnicodeScalarView()
    edited.append(contentsOf: scalars)
    return String(edited)
  }

  /// The offset of each line's first scalar; lines end at LF, CR or CR LF, as the reader counts.
  static func lineStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
    var starts = [0]
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
      if scalar == "\r" || scalar == "\n" { starts.append(index) }
    }
    return starts
  }

  static func offset(_ position: SourcePosition, _ lineStarts: [Int]) -> Int {
    lineStarts[position.line - 1] + position.column - 1
  }

  /// The range of the value token after the member name that starts at `start`.
  ///
  /// The token is a number, a name such as `Infinity`, a quoted string, or an array or object
  /// with everything inside it; nil when the text there is not a member.
  static func valueToken(afterKeyAt start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
    guard var index = skipToken(at: start, in: scalars) else { return nil }
    index = skipSpace(from: index, in: scalars)
    guard index < scalars.count, scalars[index] == ":" else { return nil }
    index = skipSpace(from: index + 1, in: scalars)
    guard let end = skipToken(at: index, in: scalars) else { return nil }
    return index..<end
  }

  /// The end of the token at `index`: a quoted string (escapes included), an array or object
  /// (to its matching bracket, past strings and comments inside), or a run of the characters of
  /// names and numbers.
  static func skipToken(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
    guard index < scalars.count else { return nil }
    let first = scalars[index]
    if first == "[" || first == "{" {
      var cursor = index + 1
      while cursor < scalars.count {
        cursor = skipSpace(from: cursor, in: scalars)
        guard cursor < scalars.count else { return nil }
        let scalar = scalars[cursor]
        if scalar == "]" || scalar == "}" { return cursor + 1 }
        if ",:".unicodeScalars.contains(scalar) {
          cursor += 1
        } else {
          guard let end = skipToken(at: cursor, in: scalars) else { return nil }
          cursor = end
        }
      }
      return nil
    }
    if first == "\"" || first == "'" {
      var cursor = index + 1
      while cursor < scalars.count {
        if scalars[cursor] == "\\" {
          cursor += 2
        } else if scalars[cursor] == first {
          return cursor + 1
        } else {
          cursor += 1
        }
      }
      return nil
    }
    var cursor = index
    while cursor < scalars.count, isBareTokenScalar(scalars[cursor]) { cursor += 1 }
    return cursor > index ? cursor : nil
  }

  static func isBareTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      || "+-._$\\".unicodeScalars.contains(scalar)
  }

  /// The first offset from `index` that is neither white space nor inside a comment.
  static func skipSpace(from index: Int, in scalars: [Unicode.Scalar]) -> Int {
    var cursor = index
    while cursor < scalars.count {
      let scalar = scalars[cursor]
      if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
        cursor += 1
      } else if scalar == "/", cursor + 1 < scalars.count, scalars[cursor + 1] == "/" {
        while cursor < scalars.count, scalars[cursor] != "\n", scalars[cursor] != "\r" {
          cursor += 1
        }
      } else if scalar == "/", cursor + 1 < scalars.count, scalars[cursor + 1] == "*" {
        cursor += 2
        while cursor + 1 < scalars.count, !(scalars[cursor] == "*" && scalars[cursor + 1] == "/") {
          cursor += 1
        }
        cursor += 2
      } else {
        return cursor
      }
    }
    return cursor
  }

  /// A JSON string literal for the text.
  static func stringLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": literal += "\\\""
      case "\\": literal += "\\\\"
      case "\n": literal += "\\n"
      case _ where scalar.value < 0x20:
        literal +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: literal.unicodeScalars.append(scalar)
      }
    }
    return literal + "\""
  }
}
