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
}
