import Testing

@testable import ArgumentParsing

/// Help text broken at spaces into lines of a width.
@Suite struct TextWrappingTests {
  @Test func breaksAtTheLastSpaceThatFits() {
    #expect(TextWrapping.wrap("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
  }

  /// A line may be exactly as wide as the width, not one character wider.
  @Test func aLineMayFillTheWidthExactly() {
    #expect(TextWrapping.wrap("ab cd", width: 5) == ["ab cd"])
    #expect(TextWrapping.wrap("ab cd", width: 4) == ["ab", "cd"])
  }

  @Test func aWordWiderThanTheLineStandsAlone() {
    #expect(
      TextWrapping.wrap("a verylongword b", width: 5) == ["a", "verylongword", "b"])
  }

  /// Runs of spaces collapse to one, and empty text is one empty line, never none.
  @Test(arguments: [("", [""]), ("   ", [""]), ("a   b ", ["a b"]), ("  a", ["a"])])
  func spacesCollapseAndThereIsAlwaysALine(text: String, expected: [String]) {
    #expect(TextWrapping.wrap(text, width: 80) == expected)
  }

  /// Words given as such keep their inner spaces: a usage line never splits `[--out DIR]`.
  @Test func wordsWithSpacesAreNeverBroken() {
    let words = ["caresim", "run", "[--out DIR]", "", "[--seed N]"]
    #expect(
      TextWrapping.wrap(words: words, width: 20) == ["caresim run", "[--out DIR]", "[--seed N]"])
    #expect(
      TextWrapping.wrap(words: words, width: 23) == ["caresim run [--out DIR]", "[--seed N]"])
  }
}
