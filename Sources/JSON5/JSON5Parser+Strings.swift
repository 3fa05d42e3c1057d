/// Strings in double or single quotes, with the JSON5 escapes.
extension JSON5Parser {
  /// The string whose opening quote is the current byte, with its escapes decoded.
  ///
  /// Text without escapes is taken from the input as it stands (already checked to be UTF-8);
  /// only a string with escapes is copied into a buffer.
  ///
  /// - Throws: `ParseError` for a string that the line or file ends in, a raw control character,
  ///   a malformed escape, or bytes that are not UTF-8.
  mutating func string() throws(ParseError) -> String {
    let quote = bytes[offset]
    let opening = position()
    offset += 1
    var segmentStart = offset
    var decoded: [UInt8]?  // only once an escape is met
    let closing = quote == UInt8(ascii: "'") ? "\"'\"" : "'\"'"
    while true {
      guard offset < bytes.count else {
        throw failure(
          "unterminated string: the file ends before its closing \(closing)", at: opening)
      }
      let byte = bytes[offset]
      switch byte {
      case quote:
        let text = bytes[segmentStart..<offset]
        offset += 1
        guard var buffer = decoded else { return String(decoding: text, as: UTF8.self) }
        buffer.append(contentsOf: text)
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        var buffer = decoded ?? []
        buffer.append(contentsOf: bytes[segmentStart..<offset])
        try escape(into: &buffer)
        decoded = buffer
        segmentStart = offset
      case 0x0A, 0x0D:
        throw failure(
          "unterminated string: the line ends before its closing \(closing) (to continue a "
            + "string on the next line, end the line with '\\')",
          at: opening)
      case 0x00..<0x20:
        throw failure(
          "control character \(Self.codePoint(UInt32(byte))) in a string; write it as an "
            + "escape such as \\t, \\n or \\u00\(String(byte, radix: 16, uppercase: true))",
          at: positionUncached())
      case 0x80...:
        offset += try decodeScalar().length
      default:
        offset += 1
      }
    }
  }

  /// Decodes the escape whose `\` is the current byte into `buffer`.
  ///
  /// JSON5 §5.1 (ECMAScript 5.1 §7.8.4): the single-character escapes `\' \" \\ \b \f \n \r \t
  /// \v`, `\0` not followed by a digit, `\xHH`, `\uHHHH` (a surrogate pair as two escapes), a
  /// line continuation (`\` before a line break, which adds nothing), and `\` before any other
  /// character, which stands for that character. `\1` to `\9` are errors: they are octal in
  /// older JavaScript, and JSON5 excludes them.
  private mutating func escape(
    into buffer: inout [UInt8]
  ) throws(ParseError) {
    let start = positionUncached()
    offset += 1
    guard offset < bytes.count else { return }  // `string()` reports the unterminated string
    let byte = bytes[offset]
    switch byte {
    case _ where Self.singleCharacterEscapes[byte] != nil:
      buffer.append(Self.singleCharacterEscapes[byte] ?? byte)
      offset += 1
    case UInt8(ascii: "0"):
      offset += 1
      if let next = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) {
        throw failure(
          "'\\0' followed by a digit is an octal escape, which JSON5 does not have; "
            + "write \\u0000 or \\x00 for the null character",
          at: start)
      }
      buffer.append(0)
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      throw failure(
        "'\\\(Character(Unicode.Scalar(byte)))' is an octal escape, which JSON5 does not have; "
          + "write \\xHH or \\uHHHH",
        at: start)
    case UInt8(ascii: "x"):
      offset += 1
      let value = try hexDigits(2, escape: start, what: "'\\x'")
      UTF8.encode(Unicode.Scalar(UInt8(value))) { buffer.append($0) }
    case UInt8(ascii: "u"):
      offset += 1
      let scalar = try unicodeEscape(at: start)
      UTF8.encode(scalar) { buffer.append($0) }
    case 0x0A, 0x0D:
      newLine(length: lineBreakLength)
    case 0x80...:
      let (scalar, length) = try decodeScalar()
      if scalar != "\u{2028}" && scalar != "\u{2029}" {  // those two continue the line
        buffer.append(contentsOf: bytes[offset..<offset + length])
      }
      offset += length
    default:
      buffer.append(byte)
      offset += 1
    }
  }

  /// The bytes that `\b \f \n \r \t \v` stand for.
  private static let singleCharacterEscapes: [UInt8: UInt8] = [
    UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
    UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B,
  ]

  /// The scalar of a `\uHHHH` escape whose digits start at the current byte, joining a
  /// surrogate pair written as two escapes.
  private mutating func unicodeEscape(at start: SourcePosition) throws(ParseError)
    -> Unicode.Scalar
  {
    let unit = try hexDigits(4, escape: start, what: "'\\u'")
    let written = "\\u" + String(unit, radix: 16, uppercase: true)
    switch unit {
    case 0xD800...0xDBFF:
      let low: UInt32? = {
        guard offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"),
          bytes[offset + 1] == UInt8(ascii: "u")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset + 2..<offset + 6] {
          guard let digit = Self.hexValue(byte) else { return nil }
          value = value << 4 | UInt32(digit)
        }
        return (0xDC00...0xDFFF).contains(value) ? value : nil
      }()
      guard let low else {
        throw failure(
          "\(written) is the first half of a surrogate pair, but no second half "
            + "(\\uDC00 to \\uDFFF) follows it; a string cannot hold half a pair",
          at: start)
      }
      offset += 6
      let value = 0x1_0000 + (unit - 0xD800) << 10 + (low - 0xDC00)
      return Unicode.Scalar(value) ?? "\u{FFFD}"  // always valid: 0x10000...0x10FFFF
    case 0xDC00...0xDFFF:
      throw failure(
        "\(written) is the second half of a surrogate pair with no first half before it; "
          + "a string cannot hold half a pair",
        at: start)
    default:
      return Unicode.Scalar(unit) ?? "\u{FFFD}"  // always valid: not a surrogate, below 0x10000
    }
  }
}
