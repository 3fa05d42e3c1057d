/// Wraps text at spaces for a terminal, as help text and messages need.
enum TextWrapping {
  /// The text in lines of at most `width` characters, broken at spaces.
  ///
  /// A word longer than the width stands on a line of its own; there is always at least one line.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
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
