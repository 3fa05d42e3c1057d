import JSON5
import Testing

@Suite struct SourceExcerptTests {
  static func excerpt(_ text: String, column: Int) -> SourceExcerpt {
    SourceExcerpt(
      at: SourcePosition(line: 1, column: column), text: Array(text.unicodeScalars))
  }

  @Test func caretStandsUnderTheColumn() {
    let excerpt = Self.excerpt("  seed: 1,", column: 3)
    #expect(excerpt.rendered == "  seed: 1,\n  ^")
  }

  @Test func caretAfterTheLastCharacterPointsAtWhatIsMissing() {
    #expect(Self.excerpt("[1, 2", column: 6).caretLine == "     ^")
  }

  /// Tabs become spaces to the next stop of four in both lines, so the caret stays aligned
  /// whatever the terminal does with tabs.
  @Test(
    arguments: [
      ("\ta: 1", 2, "    a: 1", "    ^"),
      ("\t\t{", 3, "        {", "        ^"),
      ("ab\tc", 4, "ab  c", "    ^"),
      ("ab\tc", 3, "ab  c", "  ^"),
      ("abcd\te", 6, "abcd    e", "        ^"),
    ] as [(String, Int, String, String)]
  )
  func tabsKeepTheCaretAligned(text: String, column: Int, shown: String, caret: String) {
    let excerpt = Self.excerpt(text, column: column)
    #expect(excerpt.shownLine == shown)
    #expect(excerpt.caretLine == caret)
  }

  @Test func controlCharactersAreShownAsControlPictures() {
    let excerpt = Self.excerpt("[\"a\u{0}b\u{1B}\"]", column: 4)
    #expect(excerpt.shownLine == "[\"a\u{2400}b\u{241B}\"]")
    #expect(excerpt.caretLine == "   ^")
  }

  /// A bidi override or isolate would reorder the line in a terminal: it is shown by its code,
  /// and the caret counts the code's width.
  @Test func textDirectionCharactersAreShownByTheirCode() {
    let excerpt = Self.excerpt("[\"a\u{202E}b\"]", column: 5)
    #expect(excerpt.shownLine == "[\"a<U+202E>b\"]")
    #expect(excerpt.caretLine == String(repeating: " ", count: 11) + "^")
  }

  /// Text from a file echoed in a message is made printable by the same rule.
  @Test(
    arguments: [
      ("dead\n", "dead\u{240A}"), ("a\u{202E}b", "a<U+202E>b"), ("a\u{2067}b", "a<U+2067>b"),
      ("a\u{0}b", "a\u{2400}b"), ("a\u{85}b", "a<U+0085>b"), ("Zorg ü 😀", "Zorg ü 😀"),
    ] as [(String, String)])
  func printableTextHasNoControlOrDirectionCharacters(text: String, shown: String) {
    #expect(SourceExcerpt.printable(text) == shown)
  }

  @Test func wideAndCombiningCharactersKeepTheCaretUnderItsCharacter() {
    // "名前" is two wide characters, "e\u{301}" an e with a combining acute accent.
    #expect(Self.excerpt("名前: x", column: 5).caretLine == "      ^")
    #expect(Self.excerpt("e\u{301}: x", column: 5).caretLine == "   ^")
  }

  @Test func longLinesAreClippedAroundTheColumn() {
    let text = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
    let excerpt = Self.excerpt(text, column: 301)
    #expect(excerpt.shownLine.hasPrefix("…a"))
    #expect(excerpt.shownLine.hasSuffix("b…"))
    #expect(excerpt.shownLine.unicodeScalars.count == SourceExcerpt.maximumWidth + 2)
    let caret = excerpt.caretLine.count - 1
    #expect(Array(excerpt.shownLine)[caret] == "X")
  }

  @Test func longLinesNearTheirStartOrEndAreClippedOnOneSide() {
    let text = String(repeating: "a", count: 500)
    let start = Self.excerpt(text, column: 1)
    #expect(!start.shownLine.hasPrefix("…") && start.shownLine.hasSuffix("…"))
    #expect(start.caretLine == "^")
    let end = Self.excerpt(text, column: 501)
    #expect(end.shownLine.hasPrefix("…") && !end.shownLine.hasSuffix("…"))
    #expect(end.caretLine.count == SourceExcerpt.maximumWidth + 2)
  }
}
