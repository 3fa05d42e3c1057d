/// One source line with a caret under a position, to print below a diagnostic as compilers do.
///
/// The shown line is made safe to print and to align under: tabs become spaces (to stops every
/// ``tabWidth`` columns, so the caret line, built by the same rule, stays aligned whatever the
/// terminal's tab width), control characters become their visible Control Pictures (`␀`, `␉`…),
/// and a line longer than ``maximumWidth`` scalars is clipped around the position with `…` at
/// the cut ends. Combining marks take no width and East Asian wide characters and emoji two,
/// so the caret stands under the intended character in a terminal.
public struct SourceExcerpt: Sendable, Equatable {
  /// Tab stops in the shown line, in columns.
  public static let tabWidth = 4
  /// The most scalars of a line shown; longer lines are clipped around the position.
  public static let maximumWidth = 100

  /// The 1-based line in the file.
  public var line: Int
  /// The 1-based column, in Unicode scalars (see ``SourcePosition``).
  public var column: Int
  /// The line as printed.
  public var shownLine: String
  /// Spaces and a `^` under the column.
  public var caretLine: String

  /// Builds the excerpt of a line at a position.
  ///
  /// - Parameters:
  ///   - position: The line and column to point at; a column one past the end points just after
  ///     the last character (where something is missing).
  ///   - text: The line's scalars, without its line break.
  public init(at position: SourcePosition, text: [Unicode.Scalar]) {
    line = position.line
    column = position.column
    let caret = min(max(position.column - 1, 0), text.count)
    var start = 0
    var end = text.count
    if text.count > Self.maximumWidth {
      // Keep about two fifths of the window before the caret: what leads up to a problem is
      // usually what explains it.
      start = max(0, caret - Self.maximumWidth * 2 / 5)
      end = min(text.count, start + Self.maximumWidth)
      start = max(0, end - Self.maximumWidth)
    }
    var shown = start > 0 ? "…" : ""
    var width = shown.isEmpty ? 0 : 1
    var caretWidth = width
    for index in start..<end {
      if index == caret { caretWidth = width }
      let scalar = text[index]
      if scalar == "\t" {
        let spaces = Self.tabWidth - width % Self.tabWidth
        shown += String(repeating: " ", count: spaces)
        width += spaces
      } else {
        let visible = Self.visible(scalar)
        shown += visible
        width += visible.unicodeScalars.reduce(0) { $0 + Self.displayWidth(of: $1) }
      }
    }
    if caret == end { caretWidth = width }
    if end < text.count { shown += "…" }
    shownLine = shown
    caretLine = String(repeating: " ", count: caretWidth) + "^"
  }

  /// The shown line and the caret line, joined by a line break.
  public var rendered: String { shownLine + "\n" + caretLine }

  /// The scalar as printed: C0 controls and DEL as Control Pictures, line and paragraph
  /// separators (which a terminal may break on) as `␤`, and the other characters that would move
  /// or reorder the text around them (C1 controls, the bidirectional marks, embeddings, overrides
  /// and isolates, such as U+202E) as their code, `<U+202E>`.
  static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00..<0x20: String(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
    case 0x7F: "\u{2421}"
    case 0x2028, 0x2029: "\u{2424}"
    case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
      "<U+\(String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count))"
        + "\(String(scalar.value, radix: 16, uppercase: true))>"
    default: String(scalar)
    }
  }

  /// Text made safe to print on one line of a terminal, as an excerpt shows its line: what a
  /// user wrote into a name (a level, a target) is echoed in messages, and a raw line break or
  /// a right-to-left override there would split one error over two lines or reverse it.
  ///
  /// - Parameter text: Text from a file, such as a field path holding a name.
  /// - Returns: The text with each such character replaced by its visible form.
  public static func printable(_ text: String) -> String {
    var shown = ""
    for scalar in text.unicodeScalars { shown += visible(scalar) }
    return shown
  }

  /// Terminal columns a printed scalar takes: 0 for combining marks and invisible format
  /// characters, 2 for East Asian wide characters and emoji, else 1.
  ///
  /// The wide ranges are the blocks of Unicode Standard Annex #11 (East Asian Width) that are
  /// wide throughout; the standard library exposes no East Asian Width property.
  static func displayWidth(of scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
