import Foundation

/// Numbers of a scenario file set in its text, so that a calibrated copy keeps every comment,
/// every other source and the author's layout, and differs from the original only where a value
/// was fitted.
///
/// Each edit replaces a field's number (the `value` of a sourced number, or a bare number, which
/// becomes a sourced one) and its `source` string. The text is located through the reader's
/// ``SourceMap`` and the edited text is parsed again, so an edit that did not land where it should
/// is an error rather than a quietly wrong file.
struct ScenarioTextEdit: Sendable {
  /// One field to set: its path, its new number as it is to be written, and its new source.
  struct Change: Sendable {
    var path: String
    var number: String
    var source: String
  }

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
    var scalars = Array(text.unicodeScalars)
    let lineStarts = Self.lineStarts(scalars)
    var replacements: [(range: Range<Int>, text: String)] = []
    for change in changes {
      let value = json.value(at: change.path)
      let literal = Self.stringLiteral(change.source)
      if value?.numberValue != nil {
        guard let position = sourceMap.position(at: change.path),
          let number = Self.valueToken(afterKeyAt: Self.offset(position, lineStarts), in: scalars)
        else { throw .noNumber(path: change.path) }
        replacements.append((number, "{ value: \(change.number), source: \(literal) }"))
      } else if value?.objectValue?["value"]?.numberValue != nil {
        guard let position = sourceMap.position(at: change.path + ".value"),
          let number = Self.valueToken(afterKeyAt: Self.offset(position, lineStarts), in: scalars)
        else { throw .noNumber(path: change.path) }
        replacements.append((number, change.number))
        if let sourcePosition = sourceMap.position(at: change.path + ".source"),
          let string = Self.valueToken(
            afterKeyAt: Self.offset(sourcePosition, lineStarts), in: scalars)
        {
          replacements.append((string, literal))
        } else {
          replacements.append((number.upperBound..<number.upperBound, ", source: \(literal)"))
        }
      } else {
        throw .noNumber(path: change.path)
      }
    }
    for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      scalars.replaceSubrange(replacement.range, with: replacement.text.unicodeScalars)
    }
    var edited = String.UnicodeScalarView()
    edited.append(contentsOf: scalars)
    let result = String(edited)
    guard let reread = try? JSONValue.parse(Data(result.utf8)) else {
      throw .misplaced(path: changes.first?.path ?? "")
    }
    for change in changes {
      let value = reread.value(at: change.path)
      let number = value?.objectValue?["value"]?.numberValue
      let source = value?.objectValue?["source"]?.stringValue
      guard number != nil, number == Double(change.number), source == change.source else {
        throw .misplaced(path: change.path)
      }
    }
    return result
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
  /// The token is a number, a name such as `Infinity`, or a quoted string; nil when the text
  /// there is not a member.
  static func valueToken(afterKeyAt start: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
    guard var index = skipToken(at: start, in: scalars) else { return nil }
    index = skipSpace(from: index, in: scalars)
    guard index < scalars.count, scalars[index] == ":" else { return nil }
    index = skipSpace(from: index + 1, in: scalars)
    guard let end = skipToken(at: index, in: scalars) else { return nil }
    return index..<end
  }

  /// The end of the token at `index`: a quoted string (escapes included), or a run of the
  /// characters of names and numbers.
  static func skipToken(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
    guard index < scalars.count else { return nil }
    let first = scalars[index]
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
