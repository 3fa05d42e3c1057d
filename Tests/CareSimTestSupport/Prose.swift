/// Checks of the prose that shipped files give users: descriptions, sources, notes and
/// explanations, which reports and the terminal print as they stand.
public enum Prose {
  /// The punctuation defects in `text`.
  ///
  /// A full stop joined to a semicolon ("Not tuned.; notes: ..."), a space before a full stop
  /// that ends a sentence, a space before a comma or semicolon, or two spaces in a row. An
  /// ellipsis (" ... ") and a relative path (" ../base.json") are not a space before a full stop.
  public static func punctuationDefects(in text: String) -> [String] {
    [".;", " .", " ,", " ;", "  "].filter { defect in
      defect == " ." ? text.contains(spaceBeforeFullStop) : text.contains(defect)
    }
  }

  /// A space, then a full stop that ends the text or is followed by a space.
  nonisolated(unsafe) private static let spaceBeforeFullStop = /\s\.(\s|$)/
}
