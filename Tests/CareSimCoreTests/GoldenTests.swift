import CareSimTestSupport
import Foundation
import Testing

/// The golden files' failure message shows the changed lines.
@Suite struct GoldenTests {
  @Test func aChangedLineIsShownWithItsNumber() {
    let diff = Golden.differingLines(
      expected: Data("a\nb\nc\nd\n".utf8), actual: Data("a\nB\nc\nd\n".utf8))
    #expect(diff == "@@ line 2 @@\n- b\n+ B")
  }

  @Test func insertedLinesAreShownWithoutTheLinesAroundThem() {
    let diff = Golden.differingLines(
      expected: Data("a\nd".utf8), actual: Data("a\nb\nc\nd".utf8))
    #expect(diff == "@@ line 2 @@\n+ b\n+ c")
  }

  @Test func longChangesAreCut() {
    let diff = Golden.differingLines(
      expected: Data("x".utf8), actual: Data("1\n2\n3\n4".utf8), limit: 2)
    #expect(diff == "@@ line 1 @@\n- x\n+ 1\n+ 2\n+ … 2 more lines")
  }
}
