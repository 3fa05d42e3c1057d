/// A JSON5 reader over UTF-8 bytes that says where every problem is.
///
/// It replaces `JSONDecoder.allowsJSON5`, which on Swift 6.3.1 / Linux reports every syntax
/// problem as "The given data was not valid JSON." with no position, traps on invalid UTF-8
/// between tokens, keeps the first of two duplicate names without a word, and takes minutes and
/// gigabytes on a large file. Here every error names a line and column, shows the line, and says
/// what was expected there.
///
/// The grammar is JSON5 1.0.0 (https://spec.json5.org): comments, unquoted member names
/// (ECMAScript 5.1 identifiers, `\uXXXX` escapes included), trailing commas, single-quoted
/// strings and every JSON5 escape, line continuations, hexadecimal numbers, a leading or trailing
/// decimal point, a leading `+`, `Infinity` and `NaN`, and the JSON5 white space (which includes
/// a UTF-8 byte-order mark). It is stricter in five ways, each an error at its position:
/// - the input must be UTF-8 throughout, comments included (JSON5 text is Unicode; a byte that is
///   not UTF-8 is almost always a file saved in Latin-1 or Windows-1252);
/// - a string may not hold a raw control character U+0000–U+001F (JSON forbids them, JSON5 lets
///   most through; in a scenario they are invisible typos, and `\t`, `\n`, `\u0000` still work);
/// - a name may appear once per object (JSON5, like JSON, leaves duplicates undefined;
///   Foundation kept the first silently, so a corrected value further down was ignored);
/// - objects and arrays nest at most ``maximumDepth`` deep, and the input holds at most
///   ``maximumByteCount`` bytes (checked before reading), so no input can exhaust memory or time;
/// - a number too large for `Double` (`1e400`) is out of range rather than infinite.
///
/// Line breaks are LF, CR and CR LF, as editors count lines. U+2028 and U+2029 are white space
/// between tokens and allowed in strings, as JSON5 says, but start no new line here, as they do
/// not in most editors.
///
/// The reader is iterative, with an explicit stack of open containers rather than recursion, so
/// the depth limit is a number and not the thread's stack size, and an error can say which
/// containers are open and where each began.
///
/// Complexity: O(n) in the input's bytes. Columns are counted incrementally along a line, so a
/// single long line is still linear.
package struct JSON5Parser {
  /// The deepest nesting of objects and arrays read; scenario files need about 6.
  static let maximumDepth = 64
  /// The most bytes read: 10 MB, about 400 times the largest shipped scenario.
  package static let maximumByteCount = 10_000_000

  typealias ParseError = JSONValue.ParseError

  /// An object or array being read, with what it holds so far.
  struct Frame {
    enum Kind { case object, array }

    let kind: Kind
    /// Where its `{` or `[` stands.
    let opened: SourcePosition
    /// The leading white space of the line it opened on, in bytes.
    let openerIndentation: Int
    /// The leading white space of its first member or element that begins a line.
    var memberIndentation: Int?
    var members: [String: JSONValue] = [:]
    var memberMaps: [String: SourceMap] = [:]
    var elements: [JSONValue] = []
    var elementMaps: [SourceMap] = []
    /// The name of the member whose value is being read.
    var key = ""
    var keyPosition = SourcePosition(line: 0, column: 0)

    var closer: UInt8 { kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
  }

  /// A byte offset with its line and the offset where that line starts: enough to count the
  /// column later, if an error needs it.
  typealias Mark = (offset: Int, line: Int, lineStart: Int)

  /// What the reader needs next, for the "expected …" part of a message.
  enum Expectation { case value, memberName, colon, separator }

  let bytes: [UInt8]
  var offset = 0
  /// The current 1-based line and the offset at which it starts.
  var line = 1
  var lineStart = 0
  /// Where the first line starts: after a byte-order mark, if there is one.
  let firstLineStart: Int
  /// The last column counted, so that counting the next one on the same line starts there.
  var columnCache = (lineStart: 0, offset: 0, column: 1)
  var stack: [Frame] = []
  /// Where the last token ended, for errors at the end of the file: that is where something is
  /// missing, not on the blank line after it.
  var lastTokenEnd: Mark = (0, 1, 0)
  /// Where white space and comments last ended (so consecutive skips keep `lastTokenEnd`).
  var triviaEnd = -1
  /// The first place where the indentation disagrees with the structure.
  ///
  /// That is where a missing `}` probably belongs; it is noted with the structural errors that
  /// come after it.
  var suspicion: (message: String, position: SourcePosition)?

  /// Parses a whole document.
  ///
  /// - Parameter bytes: UTF-8 JSON5 text, at most ``maximumByteCount`` bytes.
  /// - Returns: The document and the position of each of its values.
  /// - Throws: `ParseError` for the first problem in the text.
  static func parse(_ bytes: [UInt8]) throws(ParseError) -> (value: JSONValue, sourceMap: SourceMap)
  {
    guard bytes.count <= maximumByteCount else { throw .tooLarge(byteCount: bytes.count) }
    var parser = JSON5Parser(bytes: bytes)
    return try parser.document()
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
    // A byte-order mark is white space to JSON5, but editors do not show it: columns on the
    // first line are counted after it, so that they match what the user sees.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      (offset, lineStart, columnCache.lineStart, columnCache.offset) = (3, 3, 3, 3)
      lastTokenEnd = (3, 1, 3)
    }
    firstLineStart = lineStart
  }

  private mutating func document() throws(ParseError) -> (value: JSONValue, sourceMap: SourceMap) {
    guard !bytes.isEmpty else {
      throw failure(
        "empty file: expected a JSON5 value, such as the '{' that starts a scenario",
        at: SourcePosition(line: 1, column: 1))
    }
    while true {
      try skipTrivia()
      guard let byte = peek else { throw endOfFile(expecting: .value) }
      let start = position()
      if let top = stack.indices.last, stack[top].kind == .array,
        stack[top].memberIndentation == nil
      {
        stack[top].memberIndentation = indentationIfFirstOnLine()
      }
      var completed: (value: JSONValue, map: SourceMap)
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        try open(byte == UInt8(ascii: "{") ? .object : .array, at: start)
        try skipTrivia()
        guard peek == stack[stack.count - 1].closer else {
          if stack[stack.count - 1].kind == .object { try memberName() }
          continue
        }
        completed = close()
      } else {
        completed = (try scalar(), SourceMap(position: start))
      }
      try complete(&completed)
      if stack.isEmpty { return try end(completed) }
    }
  }

  /// Adds a finished value to its container, then closes every container whose end follows,
  /// until the next value is due (its name read, for an object) or the document is complete.
  ///
  /// On return either the stack is empty and `completed` is the document, or the next value is
  /// to be read.
  private mutating func complete(_ completed: inout (value: JSONValue, map: SourceMap))
    throws(ParseError)
  {
    while let top = stack.indices.last {
      add(completed, to: top)
      try skipTrivia()
      guard let next = peek else { throw endOfFile(expecting: .separator) }
      if next == UInt8(ascii: ",") {
        offset += 1
        try skipTrivia()
        if peek == stack[top].closer {
          completed = close()  // after a trailing comma
          continue
        }
        if stack[top].kind == .object { try memberName() }
        return
      }
      guard next == stack[top].closer else { throw unexpected(expecting: .separator) }
      completed = close()
    }
  }

  /// The document, after checking that nothing but white space and comments follows it.
  private mutating func end(_ completed: (value: JSONValue, map: SourceMap)) throws(ParseError)
    -> (value: JSONValue, sourceMap: SourceMap)
  {
    let closed = position()
    try skipTrivia()
    guard peek == nil else {
      let what = completed.value.typeName
      throw failure(
        "expected the end of the file after the top-level \(what) "
          + "(line \(completed.map.position.line) to \(closed.line)), found \(try found())",
        at: position(), notes: suspicionNotes)
    }
    return (completed.value, completed.map)
  }

  private mutating func open(_ kind: Frame.Kind, at start: SourcePosition) throws(ParseError) {
    guard stack.count < Self.maximumDepth else {
      let bracket = kind == .object ? "{" : "["
      throw failure(
        "too deeply nested: this '\(bracket)' opens level \(stack.count + 1), and at most "
          + "\(Self.maximumDepth) levels of objects and arrays are read",
        at: start)
    }
    stack.append(Frame(kind: kind, opened: start, openerIndentation: indentationOfLine()))
    offset += 1
  }

  /// Closes the innermost container at its `}` or `]`, noting a closer that is indented unlike
  /// the line its container opened on: the sign of a missing closer further up.
  private mutating func close() -> (value: JSONValue, map: SourceMap) {
    let top = stack.count - 1
    if suspicion == nil, let indentation = indentationIfFirstOnLine(),
      indentation != stack[top].openerIndentation
    {
      let closed = describe(frame: top)
      let bracket = stack[top].kind == .object ? "}" : "]"
      var likeWhich = "is not indented like that line"
      if let outer = stack[..<top].lastIndex(where: { $0.openerIndentation == indentation }) {
        likeWhich =
          "is indented like line \(stack[outer].opened.line), which opened "
          + describe(frame: outer)
      }
      suspicion = (
        "a '\(bracket)' is probably missing above this line: this '\(bracket)' closes \(closed) "
          + "opened at line \(stack[top].opened.line), but \(likeWhich)",
        position()
      )
    }
    offset += 1
    let frame = stack.removeLast()
    switch frame.kind {
    case .object:
      return (.object(frame.members), SourceMap(position: frame.opened, members: frame.memberMaps))
    case .array:
      return (
        .array(frame.elements), SourceMap(position: frame.opened, elements: frame.elementMaps)
      )
    }
  }

  private mutating func add(_ completed: (value: JSONValue, map: SourceMap), to top: Int) {
    var map = completed.map
    switch stack[top].kind {
    case .object:
      let key = stack[top].key
      stack[top].members[key] = completed.value
      if !map.members.isEmpty || !map.elements.isEmpty {
        map.position = stack[top].keyPosition
        stack[top].memberMaps[key] = map
      }
    case .array:
      stack[top].elements.append(completed.value)
      stack[top].elementMaps.append(map)
    }
  }

  /// Reads a member name and its `:`, refusing a name the object already has.
  private mutating func memberName() throws(ParseError) {
    let top = stack.count - 1
    guard let byte = peek else { throw endOfFile(expecting: .memberName) }
    let start = position()
    let indentation = indentationIfFirstOnLine()
    let name: String
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
      name = try string()
    } else if try startsIdentifier() {
      name = try identifier()
    } else {
      throw unexpected(expecting: .memberName)
    }
    // The member's map is entered now, at its name, which finds a duplicate in the same hash;
    // a container's children are filled in when it closes (`add`).
    if let first = stack[top].memberMaps.updateValue(SourceMap(position: start), forKey: name)?
      .position
    {
      let path = Self.join(path(ofFrame: top), name)
      let place =
        first.line == start.line
        ? "line \(first.line), column \(first.column)" : "line \(first.line)"
      throw failure(
        "duplicate member '\(path)': it is already set at \(place); a name may appear only "
          + "once in an object",
        at: start,
        notes: [("'\(name)' is first set here", first)] + suspicionNotes)
    }
    if let indentation {
      noteMisplacedMember(name, indentation: indentation, at: start)
      if stack[top].memberIndentation == nil { stack[top].memberIndentation = indentation }
    }
    stack[top].key = name
    stack[top].keyPosition = start
    try skipTrivia()
    guard let colon = peek else { throw endOfFile(expecting: .colon) }
    guard colon == UInt8(ascii: ":") else { throw unexpected(expecting: .colon) }
    offset += 1
  }

  /// Notes a member that begins a line no deeper than the line its object opened on, when the
  /// enclosing container does indent its members: the object was probably meant to end before it.
  private mutating func noteMisplacedMember(
    _ name: String, indentation: Int, at start: SourcePosition
  ) {
    let top = stack.count - 1
    guard suspicion == nil, top > 0, start.line != stack[top].opened.line,
      indentation <= stack[top].openerIndentation,
      let parentIndentation = stack[top - 1].memberIndentation,
      parentIndentation > stack[top - 1].openerIndentation
    else { return }
    suspicion = (
      "a '}' is probably missing before '\(name)': it is read into \(describe(frame: top)) "
        + "opened at line \(stack[top].opened.line), but is indented no deeper than that line",
      start
    )
  }

  /// A string, number or literal (`true`, `false`, `null`, `Infinity`, `NaN`).
  private mutating func scalar() throws(ParseError) -> JSONValue {
    switch bytes[offset] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return .string(try string())
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."):
      return .number(try number())
    default:
      let word = asciiWord()
      guard let value = Self.literals[word] else { throw unexpected(expecting: .value) }
      offset += word.utf8.count
      return value
    }
  }

  private static let literals: [String: JSONValue] = [
    "true": .bool(true), "false": .bool(false), "null": .null, "Infinity": .number(.infinity),
    "NaN": .number(.nan),
  ]
}

// MARK: - Messages

extension JSON5Parser {
  /// The dotted path of the container at `index` of the stack.
  func path(ofFrame index: Int) -> String {
    var components: [String] = []
    for parent in stack[..<index] {
      components.append(parent.kind == .object ? parent.key : String(parent.elements.count))
    }
    return components.joined(separator: ".")
  }

  static func join(_ path: String, _ component: String) -> String {
    path.isEmpty ? component : "\(path).\(component)"
  }

  /// "the object 'a.b'", "the array 'needLevels'" or "the top-level object".
  func describe(frame index: Int) -> String {
    let kind = stack[index].kind == .object ? "object" : "array"
    return index == 0 ? "the top-level \(kind)" : "the \(kind) '\(path(ofFrame: index))'"
  }

  /// What the reader expected at this point, such as "expected ',' or '}' after the member 'a'".
  func expected(_ expectation: Expectation) -> String {
    guard let top = stack.indices.last else { return "expected a value" }
    let frame = stack[top]
    let member = "'\(Self.join(path(ofFrame: top), frame.key))'"
    switch (expectation, frame.kind) {
    case (.value, .object):
      return "expected a value for the member \(member)"
    case (.value, .array):
      return "expected a value or ']' in \(describe(frame: top))"
    case (.memberName, _):
      return "expected a member name or '}' in \(describe(frame: top))"
    case (.colon, _):
      return "expected ':' after the member name \(member)"
    case (.separator, .object):
      return "expected ',' or '}' after the member \(member)"
    case (.separator, .array):
      let index = frame.elements.count - 1
      guard top > 0 else {
        return "expected ',' or ']' after element \(index) of the top-level array"
      }
      return "expected ',' or ']' after the element '\(path(ofFrame: top)).\(index)'"
    }
  }

  var suspicionNotes: [(String, SourcePosition)] {
    suspicion.map { [($0.message, $0.position)] } ?? []
  }

  /// The error for something other than what `expectation` allows at the current byte.
  func unexpected(expecting expectation: Expectation) -> ParseError {
    let position = positionUncached()
    do {
      return failure(
        "\(expected(expectation)), found \(try found())", at: position, notes: suspicionNotes)
    } catch {
      return error  // the byte is not UTF-8: that is the first problem
    }
  }

  /// The error for a file that ends where `expectation` is due.
  ///
  /// It is placed at the end of the last token (where something is missing), or, when the
  /// indentation earlier disagrees with the structure, there, with the end of file as a note.
  func endOfFile(expecting expectation: Expectation) -> ParseError {
    guard let innermost = stack.last else {
      return failure(
        "unexpected end of file: expected a value; the file holds only white space and comments",
        at: position(of: lastTokenEnd))
    }
    let objects = stack.count { $0.kind == .object }
    let arrays = stack.count - objects
    let open = [(objects, "object"), (arrays, "array")].filter { $0.0 > 0 }
      .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: " and ")
    let path = path(ofFrame: stack.count - 1)
    let last = path.isEmpty ? "the last" : "the last, '\(path)',"
    let message =
      "unexpected end of file: \(expected(expectation)); \(open) still open, "
      + "\(last) opened at line \(innermost.opened.line)"
    // A missing closer is what ends a file with containers open, so the place where the
    // indentation first disagrees with the structure is the better place to send the reader.
    guard let suspicion else { return failure(message, at: position(of: lastTokenEnd)) }
    return failure(
      suspicion.message, at: suspicion.position, notes: [(message, position(of: lastTokenEnd))])
  }

  /// A short description of the token at the current byte, such as `'}'` or `a string`.
  ///
  /// - Throws: `ParseError` when the byte begins invalid UTF-8.
  func found() throws(ParseError) -> String {
    let byte = bytes[offset]
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return "a string"
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
      return "a number"
    case _ where Self.isASCIIIdentifierStart(byte):
      return "the word '\(asciiWord())'"
    case 0x20..<0x7F:
      return "'\(Character(Unicode.Scalar(byte)))'"
    case 0x80...:
      let scalar = try decodeScalar().scalar
      return "'\(Character(scalar))' (\(Self.codePoint(scalar.value)))"
    default:
      return "the control character \(Self.codePoint(UInt32(byte)))"
    }
  }

  /// `U+00E9`.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The run of ASCII identifier characters at the current byte, at most 40 of them.
  func asciiWord() -> String {
    var end = offset
    while end < bytes.count, end - offset < 40, Self.isASCIIIdentifierPart(bytes[end]) {
      end += 1
    }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }

  /// An error at `position`, with its line and notes shown.
  func failure(
    _ message: String, at position: SourcePosition, notes: [(String, SourcePosition)] = []
  ) -> ParseError {
    ParseError(
      message: message, excerpt: excerpt(at: position),
      notes: notes.map { ParseError.Note(message: $0.0, excerpt: excerpt(at: $0.1)) })
  }

  /// The excerpt of the line holding `position`.
  ///
  /// Errors only: finding an earlier line counts line breaks from the start, as reading did.
  func excerpt(at position: SourcePosition) -> SourceExcerpt {
    var start = lineStart
    if position.line != line {
      start = firstLineStart
      var current = 1
      var index = start
      while current < position.line, index < bytes.count {
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        if bytes[index] == 0x0A || bytes[index] == 0x0D {
          current += 1
          start = index + 1
        }
        index += 1
      }
    }
    var end = start
    while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
    let text = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars
    return SourceExcerpt(at: position, text: Array(text))
  }
}
