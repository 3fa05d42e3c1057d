/// Wraps text at spaces for a terminal, as help text and messages need.
package enum TextWrapping {
  /// The text in lines of at most `width` characters, broken at spaces.
  ///
  /// A word longer than the width stands on a line of its own; there is always at least one line.
  package static func wrap(_ text: String, width: Int) -> [String] {
    wrap(words: text.split(separator: " ").map(String.init), width: width)
  }

  /// Words (which may contain spaces, such as `[--out DIR]`) in lines of at most `width`
  /// characters; a word is never broken.
  static func wrap(words: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words where !word.isEmpty {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    lines.append(line)
    return lines
  }
}
