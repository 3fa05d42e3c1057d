import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimScenario

/// A problem with a scenario file as one line (a syntax error as a compiler prints it), the list
/// stderr shows, and the errors of reading a file.
@Suite struct ScenarioErrorTests {
  @Test(
    arguments: [
      (ScenarioError.Kind.missing(expected: "a number"), "missing; expected a number"),
      (.wrongType(expected: "a number", found: "string"), "expected a number, found string"),
      (
        .unknownKey(allowed: ["seed", "months", "residents"]),
        "unknown key; allowed here: months, residents, seed"
      ),
      (.outOfRange(value: 1.5, allowed: "[0, 1]"), "1.5 is out of range; allowed [0, 1]"),
      (
        .invalid(reason: "shares sum to 0.5; they must sum to 1"),
        "shares sum to 0.5; they must sum to 1"
      ),
      (
        .unreadable(reason: "it is a folder, not a file"),
        "cannot read file: it is a folder, not a file"
      ),
    ])
  func eachKindReadsAsOneLine(kind: ScenarioError.Kind, message: String) {
    let placed = ScenarioError(file: "a.json", field: "x.y", kind: kind, line: 3, column: 7)
    #expect(placed.description == "a.json:3: x.y: \(message)")
    let unplaced = ScenarioError(file: "a.json", field: "x.y", kind: kind)
    #expect(unplaced.description == "a.json: x.y: \(message)")
    let wholeFile = ScenarioError(file: "a.json", field: "", kind: kind, line: 1)
    #expect(wholeFile.description == "a.json:1: \(message)")
  }

  /// A value out of range is written as it would be typed: whole numbers without a fraction.
  @Test(
    arguments: [
      (2, "2"), (-3, "-3"), (-0.0, "0"), (0.5, "0.5"), (123_456_789_012_345, "123456789012345"),
      // From 1e15 on, Swift's own description: a fraction up to 1e16, an exponent from there.
      (1e15, "1000000000000000.0"), (1e16, "1e+16"), (2.5e-7, "2.5e-07"), (.nan, "NaN"),
      (.infinity, "Infinity"),
      (-.infinity, "-Infinity"),
    ] as [(Double, String)])
  func numbersAreWrittenAsTyped(value: Double, text: String) {
    #expect(ScenarioError.format(value) == text)
  }

  /// A syntax error prints as a compiler's: the file, line and column, the line and a caret.
  @Test func aSyntaxErrorPrintsAsACompilersDoes() throws {
    let errors = try #require(throws: ScenarioErrors.self) {
      try ScenarioErrors.parsing(Data("{\n  a: 1\n  b: 2\n}".utf8), file: "a.json")
    }
    let error = try #require(errors.errors.first)
    #expect(errors.errors.count == 1)
    #expect(error.field == "" && error.line == 3 && error.column == 3)
    #expect(
      error.description == """
        a.json:3:3: error: expected ',' or '}' after the member 'a', found the word 'b'
          b: 2
          ^
        """)
    #expect(errors.diagnostics == error.description)
  }

  /// The list prints one problem a line; for stderr each starts with `error:`, except a syntax
  /// error, whose first line already says it.
  @Test func theListPrintsEveryProblemAndMarksEachAsAnError() throws {
    let syntax = try #require(throws: ScenarioErrors.self) {
      try ScenarioErrors.parsing(Data("[1 2]".utf8), file: "b.json")
    }
    let errors = ScenarioErrors(
      [
        ScenarioError(file: "a.json", field: "x", kind: .missing(expected: "a number"), line: 2),
        ScenarioError(file: "a.json", field: "y", kind: .invalid(reason: "is wrong")),
      ] + syntax.errors)
    #expect(
      errors.description == """
        a.json:2: x: missing; expected a number
        a.json: y: is wrong
        b.json:1:4: error: expected ',' or ']' after element 0 of the top-level array, found a number
        [1 2]
           ^
        """)
    #expect(
      errors.diagnostics == """
        error: a.json:2: x: missing; expected a number
        error: a.json: y: is wrong
        b.json:1:4: error: expected ',' or ']' after element 0 of the top-level array, found a number
        [1 2]
           ^
        """)
  }

  @Test func aFolderIsNotAFile() throws {
    try withTemporaryDirectory { folder in
      let errors = try #require(throws: ScenarioErrors.self) {
        try ScenarioErrors.reading(folder, name: "scenarios")
      }
      #expect(errors.description == "scenarios: cannot read file: it is a folder, not a file")
    }
  }

  /// A missing file is named as the user gave it, and said to be missing.
  @Test func aMissingFileIsNamedAsGiven() throws {
    try withTemporaryDirectory { folder in
      let errors = try #require(throws: ScenarioErrors.self) {
        try ScenarioErrors.reading(folder.appendingPathComponent("nope.json"), name: "nope.json")
      }
      let error = try #require(errors.errors.first)
      #expect(errors.errors.count == 1 && error.file == "nope.json" && error.field == "")
      #expect(error.description == "nope.json: cannot read file: no such file")
      #expect(error.line == nil)
    }
  }

  /// A file over the parser's limit is refused with its size, read no further than one byte past
  /// the limit; one at the limit is read whole.
  @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
    try withTemporaryDirectory { folder in
      let limit = JSON5Parser.maximumByteCount
      let atLimit = folder.appendingPathComponent("at.json")
      try Data(repeating: UInt8(ascii: " "), count: limit).write(to: atLimit)
      #expect(try ScenarioErrors.reading(atLimit).count == limit)
      let over = folder.appendingPathComponent("over.json")
      try Data(repeating: UInt8(ascii: " "), count: limit + 1).write(to: over)
      let errors = try #require(throws: ScenarioErrors.self) {
        try ScenarioErrors.reading(over, name: "over.json")
      }
      #expect(
        errors.description
          == "over.json: error: the file is 10.0 MB (10000001 bytes); a scenario file may hold at "
          + "most 10 MB (10000000 bytes)")
    }
  }

  /// A file whose size the system does not know, such as a device, is read only to one byte past
  /// the limit and refused without a size.
  @Test func anEndlessFileIsRefusedWithoutItsSize() throws {
    let errors = try #require(throws: ScenarioErrors.self) {
      try ScenarioErrors.reading(URL(fileURLWithPath: "/dev/zero"))
    }
    #expect(
      errors.description
        == "/dev/zero: error: the file is larger than 10000000 bytes; a scenario file may hold "
        + "at most 10 MB (10000000 bytes)")
  }
}
