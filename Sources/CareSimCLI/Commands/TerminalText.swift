import ArgumentParsing
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command's text as a terminal shows it: a sentence wider than the terminal is wrapped at
/// spaces, where the terminal would break it inside a word.
///
/// Only sentences are wrapped. A table's row (columns two or more spaces apart, or a Markdown
/// row between bars) or rule of dashes keeps its line, since wrapping would break its columns, and
/// so does a Markdown heading. Text written to a file or a pipe keeps one line per sentence, for
/// `grep` and logs.
enum TerminalText {
  /// The widest a wrapped line is on a wider terminal, unless a table of the text is wider: a
  /// sentence of 200 columns is hard to read, and one under a table reads best as wide as it.
  static let maximumWidth = 100

  /// `text` for a terminal of `columns`: each sentence line wider than the terminal, or than
  /// ``maximumWidth`` and the text's widest table, wrapped at spaces; every line of a wrapped
  /// sentence keeps the sentence's indentation.
  static func fitted(_ text: String, columns: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let widestKept = lines.filter(keepsItsLine).map(\.count).max() ?? 0
    let width = min(columns, max(maximumWidth, widestKept))
    return lines.map { line -> String in
      guard line.count > width, !keepsItsLine(line) else { return String(line) }
      let indentation = String(line.prefix { $0 == " " })
      return TextWrapping.wrap(
        String(line.dropFirst(indentation.count)), width: width - indentation.count
      )
      .map { indentation + $0 }.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// Whether `line` is kept whole: after its indentation, a table's row (two spaces in a row
  /// between columns, or a Markdown row from its first bar), a rule of dashes or a Markdown
  /// heading.
  static func keepsItsLine(_ line: Substring) -> Bool {
    let content = line.drop { $0 == " " }
    return content.contains("  ") || content.hasPrefix("|") || content.hasPrefix("#")
      || content.allSatisfy { $0 == "-" || $0 == " " }
  }

  /// The columns of standard output's terminal; nil when standard output is not a terminal.
  static func standardOutputColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return maximumWidth
    }
    return Int(size.ws_col)
  }
}
