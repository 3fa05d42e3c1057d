import Foundation
import JSON5
import Testing

/// A parse error as a compiler prints it, and the error for a file too large to read.
@Suite struct JSONValueParseErrorTests {
  @Test func diagnosticLooksLikeACompilersWithNotes() throws {
    let error = try #require(throws: JSONValue.ParseError.self) {
      try parse("{\n\tseed: 1,\n\tseed: 2,\n}")
    }
    #expect(
      error.diagnostic(file: "a.json") == """
        a.json:3:2: error: duplicate member 'seed': it is already set at line 2; a name may \
        appear only once in an object
            seed: 2,
            ^
        a.json:2:2: note: 'seed' is first set here
            seed: 1,
            ^
        """)
    #expect(error.description.hasPrefix("3:2: error: duplicate member 'seed'"))
  }

  @Test func inputOverTenMegabytesIsRefusedBeforeParsing() throws {
    let data = Data(repeating: UInt8(ascii: " "), count: 10_000_001)
    let error = try #require(throws: JSONValue.ParseError.self) { try JSONValue.parse(data) }
    #expect(error.line == nil && error.excerpt == nil)
    #expect(
      error.message
        == "the file is 10.0 MB (10000001 bytes); a scenario file may hold at most 10 MB "
        + "(10000000 bytes)")
  }

  /// Tenths of a megabyte, rounded half away from zero.
  @Test(
    arguments: [
      (10_000_001, "10.0"), (10_049_999, "10.0"), (10_050_000, "10.1"), (12_345_678, "12.3"),
      (999_999_999, "1000.0"),
    ])
  func aTooLargeFileIsNamedInMegabytes(byteCount: Int, megabytes: String) {
    let error = JSONValue.ParseError.tooLarge(byteCount: byteCount)
    #expect(
      error.message
        == "the file is \(megabytes) MB (\(byteCount) bytes); a scenario file may hold at most "
        + "10 MB (10000000 bytes)")
    #expect(error.excerpt == nil && error.notes.isEmpty)
  }

  /// A file read with a cap has no known size: the message names the limit only.
  @Test func aTooLargeFileOfUnknownSizeNamesTheLimit() {
    #expect(
      JSONValue.ParseError.tooLarge(byteCount: nil).message
        == "the file is larger than 10000000 bytes; a scenario file may hold at most 10 MB "
        + "(10000000 bytes)")
  }

  /// An error with no place prints without a position, and without the line and caret.
  @Test func anErrorWithoutAPlacePrintsOneLine() {
    let error = JSONValue.ParseError(message: "the file is too large", excerpt: nil)
    #expect(error.line == nil && error.column == nil)
    #expect(error.diagnostic(file: "a.json") == "a.json: error: the file is too large")
    #expect(error.description == "error: the file is too large")
  }

  @Test func lineAndColumnAreTheExcerpts() {
    let excerpt = SourceExcerpt(
      at: SourcePosition(line: 4, column: 2), text: Array("  x".unicodeScalars))
    let error = JSONValue.ParseError(message: "m", excerpt: excerpt)
    #expect(error.line == 4 && error.column == 2)
    #expect(error.diagnostic(file: nil) == "4:2: error: m\n  x\n ^")
  }
}
