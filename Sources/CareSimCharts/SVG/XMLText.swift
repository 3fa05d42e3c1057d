/// Escapes text for XML and HTML, in element content and in quoted attribute values alike.
///
/// Chart titles, category names and tooltips come from scenario files, so they may hold any
/// character. The five markup characters become entities; tab, line feed and carriage return
/// become character references (an attribute value would otherwise turn them into spaces); the
/// other control characters, which XML 1.0 forbids outright (W3C XML 1.0, §2.2 "Char"), become
/// U+FFFD so the document stays well-formed. The same rules are safe in HTML5.
public enum XMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` as entities and forbidden characters replaced.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
