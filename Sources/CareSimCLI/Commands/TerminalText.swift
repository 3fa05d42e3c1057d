import ArgumentParsing
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command's standard output as a terminal shows it: a sentence wider than the terminal is
/// wrapped at spaces, where the terminal would break it inside a word.
///
/// Only sentences are wrapped. A line keeps its length when wrapping would break it: a table's
/// row (columns two or more spaces apart, or a Markdown row between bars) or rule of dashes, a
/// Markdown heading, a command to copy (`caresim …`, `sh …`, `cd …`), or a line indented so far
/// that little room is left. Text written to a file or a pipe keeps one line per sentence, for
/// `grep` and logs.
enum TerminalText {
  /// The widest a wrapped line is on a wider terminal, unless a table of the same text is wider: a
  /// sentence of 200 columns is hard to read, and one under a table reads best as wide as it.
  static let maximumWidth = 100

  /// The words that begin a command a reader copies: a line break inside it would run only its
  /// first part.
  static let commandWords = ["caresim ", "sh ", "cd "]

  /// `text` as standard output shows it: fitted to `columns` on a terminal, as it is elsewhere
  /// (nil).
  static func shown(_ text: String, columns: Int?) -> String {
    columns.map { fitted(text, columns: $0) } ?? text
  }

  /// `text` for a terminal of `columns`: each sentence line wider than the terminal, or than
  /// ``maximumWidth`` and the text's widest table, wrapped at spaces.
  ///
  /// Every line of a wrapped sentence keeps the sentence's indentation, and a list item's ("- ")
  /// continues under its text.
  static func fitted(_ text: String, columns: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let widestKept = lines.filter(keepsItsLine).map(\.count).max() ?? 0
    let width = min(columns, max(maximumWidth, widestKept))
    return lines.map { line -> String in
      let indentation = String(line.prefix { $0 == " " })
      let content = line.dropFirst(indentation.count)
      // Less than half the width left: one word a line would read worse than the terminal's
      // own breaks (a table cell's continuation, deep under its column).
      guard line.count > width, !keepsItsLine(line), width - indentation.count >= width / 2
      else { return String(line) }
      let hanging = content.hasPrefix("- ") ? "  " : ""
      var wrapped = TextWrapping.wrap(
        String(content), width: width - indentation.count - hanging.count)
      let first = wrapped.removeFirst()
      return ([indentation + first] + wrapped.map { indentation + hanging + $0 })
        .joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// Whether `line` keeps its length: after its indentation, a table's row (two spaces in a row
  /// between columns, or a Markdown row from its first bar), a rule of dashes, a Markdown
  /// heading or a command to copy.
  static func keepsItsLine(_ line: Substring) -> Bool {
    let content = line.drop { $0 == " " }
    return content.contains("  ") || content.hasPrefix("|") || content.hasPrefix("#")
      || content.allSatisfy { $0 == "-" || $0 == " " }
      || commandWords.contains { content.hasPrefix($0) }
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
