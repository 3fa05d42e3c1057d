/// Positions, white space, comments, UTF-8 and unquoted names.
extension JSON5Parser {
  var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  /// The line and column of the current byte.
  ///
  /// The column continues from the last one counted on this line, so reading a line costs its
  /// length once, however many values it holds.
  mutating func position() -> SourcePosition {
    if columnCache.lineStart != lineStart || columnCache.offset > offset {
      columnCache = (lineStart, lineStart, 1)
    }
    var column = columnCache.column
    for index in columnCache.offset..<offset where bytes[index] & 0xC0 != 0x80 {
      column += 1
    }
    columnCache = (lineStart, offset, column)
    return SourcePosition(line: line, column: column)
  }

  /// The current byte, its line and the start of that line.
  var mark: Mark { (offset, line, lineStart) }

  /// The line and column of the current byte, counted from the start of the line (for errors).
  func positionUncached() -> SourcePosition { position(of: mark) }

  /// The line and column of a marked byte, counted from the start of its line.
  func position(of mark: Mark) -> SourcePosition {
    let column = bytes[mark.lineStart..<mark.offset].count { $0 & 0xC0 != 0x80 } + 1
    return SourcePosition(line: mark.line, column: column)
  }

  /// Moves past a line break of `length` bytes.
  mutating func newLine(length: Int) {
    offset += length
    line += 1
    lineStart = offset
  }

  /// The length of the line break at the current byte: 2 for CR LF, else 1.
  var lineBreakLength: Int {
    bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
  }

  /// The spaces and tabs that begin the current line, in bytes.
  func indentationOfLine() -> Int {
    var end = lineStart
    while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
    return end - lineStart
  }

  /// The indentation of the current line if only spaces and tabs precede the current byte.
  func indentationIfFirstOnLine() -> Int? {
    for byte in bytes[lineStart..<offset] where byte != 0x20 && byte != 0x09 { return nil }
    return offset - lineStart
  }

  /// Moves past white space and comments.
  ///
  /// - Throws: `ParseError` for an unterminated block comment, a `/` that starts no comment, or
  ///   bytes that are not UTF-8.
  mutating func skipTrivia() throws(ParseError) {
    if offset != triviaEnd { lastTokenEnd = mark }
    defer { triviaEnd = offset }
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0B, 0x0C:
        offset += 1
      case 0x0A, 0x0D:
        newLine(length: lineBreakLength)
      case UInt8(ascii: "/"):
        try comment()
      case 0x80...:
        let (scalar, length) = try decodeScalar()
        guard Self.isWhiteSpace(scalar) else { return }
        offset += length
      default:
        return
      }
    }
  }

  /// Moves past a `//` or `/* */` comment at the current byte.
  private mutating func comment() throws(ParseError) {
    let start = position()
    let next = offset + 1 < bytes.count ? bytes[offset + 1] : nil
    if next == UInt8(ascii: "/") {
      offset += 2
      while offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
        if bytes[offset] < 0x80 {
          offset += 1
        } else {
          let (scalar, length) = try decodeScalar()
          if scalar == "\u{2028}" || scalar == "\u{2029}" { return }  // JSON5 line terminators
          offset += length
        }
      }
    } else if next == UInt8(ascii: "*") {
      offset += 2
      while true {
        guard offset < bytes.count else {
          throw failure(
            "unterminated comment: this '/*' has no '*/' before the end of the file", at: start)
        }
        switch bytes[offset] {
        case UInt8(ascii: "*") where offset + 1 < bytes.count && bytes[offset + 1] == 0x2F:
          offset += 2
          return
        case 0x0A, 0x0D:
          newLine(length: lineBreakLength)
        case 0x80...:
          offset += try decodeScalar().length
        default:
          offset += 1
        }
      }
    } else {
      throw failure("unexpected '/': a comment starts with '//' or '/*'", at: start)
    }
  }

  /// The scalar whose UTF-8 encoding starts at the current byte, which is 0x80 or more.
  ///
  /// Strict UTF-8 (RFC 3629 §4, Unicode §3.9 table 3-7): no lone continuation byte, no overlong
  /// form, no encoded surrogate (U+D800–U+DFFF), nothing beyond U+10FFFF, no sequence cut short.
  ///
  /// - Returns: The scalar and the length of its encoding in bytes.
  /// - Throws: `ParseError` at the sequence's first byte, naming its bytes.
  func decodeScalar() throws(ParseError) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[offset]
    let length: Int
    let minimum: UInt32
    var value: UInt32
    switch lead {
    case 0xC0...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
    case 0xF0...0xF7: (length, minimum, value) = (4, 0x1_0000, UInt32(lead & 0x07))
    case 0x80...0xBF:
      throw invalidUTF8("byte \(Self.hex(lead)) is a continuation byte with no lead byte before it")
    default:
      throw invalidUTF8("byte \(Self.hex(lead)) never occurs in UTF-8")
    }
    for index in 1..<length {
      guard offset + index < bytes.count, bytes[offset + index] & 0xC0 == 0x80 else {
        let present = bytes[offset..<min(offset + index, bytes.count)].map(Self.hex)
        throw invalidUTF8(
          "the \(length)-byte sequence \(present.joined(separator: " ")) is cut short")
      }
      value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
    }
    var encoding: String { bytes[offset..<offset + length].map(Self.hex).joined(separator: " ") }
    if value < minimum {
      throw invalidUTF8(
        "\(encoding) is an overlong encoding of \(Self.codePoint(value)); "
          + "UTF-8 allows only the shortest")
    }
    if (0xD800...0xDFFF).contains(value) {
      throw invalidUTF8(
        "\(encoding) encodes the surrogate \(Self.codePoint(value)), which UTF-8 does not allow")
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw invalidUTF8("\(encoding) encodes \(Self.codePoint(value)), beyond U+10FFFF")
    }
    return (scalar, length)
  }

  private func invalidUTF8(_ reason: String) -> ParseError {
    failure(
      "invalid UTF-8: \(reason) (save the file as UTF-8)", at: positionUncached(),
      notes: [])
  }

  /// `0xE9`.
  static func hex(_ byte: UInt8) -> String {
    "0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
  }

  /// JSON5 white space beyond ASCII: no-break space, byte-order mark, line and paragraph
  /// separators, and every space separator (Unicode category Zs).
  static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xFEFF, 0x2028, 0x2029: true
    default: scalar.properties.generalCategory == .spaceSeparator
    }
  }

  // MARK: Unquoted names

  static func isASCIIIdentifierStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "$"), UInt8(ascii: "_"):
      true
    default: false
    }
  }

  static func isASCIIIdentifierPart(_ byte: UInt8) -> Bool {
    isASCIIIdentifierStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// ECMAScript 5.1 §7.6 IdentifierStart beyond ASCII: a letter or letter number.
  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isASCIIIdentifierStart(UInt8(scalar.value)) }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .letterNumber:
      return true
    default:
      return false
    }
  }

  /// ECMAScript 5.1 §7.6 IdentifierPart: a start, a combining mark, a digit, a connector, or
  /// the zero-width (non-)joiner.
  static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isASCIIIdentifierPart(UInt8(scalar.value)) }
    if isIdentifierStart(scalar) || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .decimalNumber, .connectorPunctuation: return true
    default: return false
    }
  }

  /// Whether an unquoted member name starts at the current byte.
  func startsIdentifier() throws(ParseError) -> Bool {
    let byte = bytes[offset]
    if byte < 0x80 { return Self.isASCIIIdentifierStart(byte) || byte == UInt8(ascii: "\\") }
    return Self.isIdentifierStart(try decodeScalar().scalar)
  }

  /// An unquoted member name, with its `\uXXXX` escapes decoded.
  mutating func identifier() throws(ParseError) -> String {
    let start = offset
    var decoded: [UInt8]?  // only once an escape is met; until then the bytes are the name
    while offset < bytes.count {
      let isFirst = offset == start
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\\") {
        let escape = positionUncached()
        let escapeOffset = offset
        guard offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
          throw failure(
            "expected 'u' and four hexadecimal digits after '\\' in a member name", at: escape)
        }
        offset += 2
        let value = try hexDigits(4, escape: escape, what: "'\\u'")
        guard let scalar = Unicode.Scalar(value),
          isFirst ? Self.isIdentifierStart(scalar) : Self.isIdentifierPart(scalar)
        else {
          throw failure(
            "\\u\(Self.codePoint(value).dropFirst(2)) cannot be part of a member name "
              + "without quotes; put the name in quotes",
            at: escape)
        }
        var buffer = decoded ?? Array(bytes[start..<escapeOffset])
        UTF8.encode(scalar) { buffer.append($0) }
        decoded = buffer
      } else if byte < 0x80 {
        guard isFirst ? Self.isASCIIIdentifierStart(byte) : Self.isASCIIIdentifierPart(byte)
        else { break }
        decoded?.append(byte)
        offset += 1
      } else {
        let (scalar, length) = try decodeScalar()
        guard isFirst ? Self.isIdentifierStart(scalar) : Self.isIdentifierPart(scalar)
        else { break }
        decoded?.append(contentsOf: bytes[offset..<offset + length])
        offset += length
      }
    }
    return String(decoding: decoded ?? Array(bytes[start..<offset]), as: UTF8.self)
  }

  /// The value of exactly `count` hexadecimal digits at the current byte, which it moves past.
  ///
  /// - Parameters:
  ///   - count: How many digits the escape takes.
  ///   - escape: Where the escape's `\` stands, for the error.
  ///   - what: The escape as the error names it, such as `'\x'`.
  /// - Returns: The digits' value.
  /// - Throws: `ParseError` at the escape when fewer than `count` digits follow.
  mutating func hexDigits(_ count: Int, escape: SourcePosition, what: String)
    throws(ParseError) -> UInt32
  {
    var value: UInt32 = 0
    for index in 0..<count {
      guard offset + index < bytes.count, let digit = Self.hexValue(bytes[offset + index]) else {
        throw failure("\(what) needs \(count) hexadecimal digits", at: escape)
      }
      value = value << 4 | UInt32(digit)
    }
    offset += count
    return value
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
