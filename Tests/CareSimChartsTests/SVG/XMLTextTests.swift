import CareSimCharts
import Testing

/// Text from scenario files escaped for element content and attribute values alike.
@Suite struct XMLTextTests {
  @Test(arguments: [
    ("a<b & \"c\" 'd' >", "a&lt;b &amp; &quot;c&quot; &#39;d&#39; &gt;"),
    ("line\nbreak\ttab\r", "line&#10;break&#9;tab&#13;"),
    ("bell\u{7}nul\u{0}", "bell\u{FFFD}nul\u{FFFD}"),
    ("\u{FFFE}", "\u{FFFD}"),
    ("Súdwest-Fryslân € − — 😀", "Súdwest-Fryslân € − — 😀"),
    ("&amp;", "&amp;amp;"),
  ])
  func xmlTextEscapes(text: String, expected: String) {
    #expect(XMLText.escaped(text) == expected)
  }

  /// Escaped text reads back as the original, in element content and in an attribute value,
  /// tabs and line breaks included; only the characters XML forbids are replaced.
  @Test(arguments: [
    "Informal carers <65> & \"their\" 'burden'", "a\tb\nc\rd", "€ − — Súdwest-Fryslân 😀",
    "&lt; is already an entity", "",
  ])
  func escapedTextReadsBack(text: String) throws {
    let escaped = XMLText.escaped(text)
    #expect(!escaped.contains { "<>\"'\t\n\r".contains($0) })
    let document = SVGElements("<text label=\"\(escaped)\">\(escaped)</text>\n")
    #expect(document.isWellFormed)
    let element = try #require(document.named("text").first)
    #expect(element.attributes["label"] == text)
    #expect(element.text == text)
  }

  /// The control characters XML 1.0 forbids each become one replacement character.
  @Test func everyForbiddenControlCharacterIsReplaced() {
    let controls = (0..<32).compactMap(Unicode.Scalar.init).filter {
      !"\t\n\r".unicodeScalars.contains($0)
    }
    let text = String(String.UnicodeScalarView(controls))
    #expect(XMLText.escaped(text) == String(repeating: "\u{FFFD}", count: 29))
    #expect(SVGElements("<text>\(XMLText.escaped(text))</text>").isWellFormed)
  }
}
