import CareSimCharts
import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of an SVG document, parsed as XML, for tests that count what a chart drew.
struct SVGElements {
  /// Whether the document parsed as well-formed XML.
  var isWellFormed: Bool
  /// Every element, in document order.
  var all: [ElementCollector.Element]

  /// The elements of `svg`; a fragment (what a writer wrote) is wrapped in an `<svg>` first.
  init(_ svg: String) {
    let document = svg.hasPrefix("<svg") ? svg : "<svg>\n\(svg)</svg>\n"
    let parser = XMLParser(data: Data(document.utf8))
    let collector = ElementCollector()
    parser.delegate = collector
    isWellFormed = parser.parse()
    all = collector.elements
  }

  /// The elements of `chart` drawn in `locale`.
  init(_ chart: any Chart, locale: ReportLocale = .en) { self.init(chart.svg(locale: locale)) }

  /// The elements whose class list holds `name`: `mark`, `mark-bar`, `chart-tick`.
  func withClass(_ name: String) -> [ElementCollector.Element] {
    all.filter { $0.attributes["class"]?.split(separator: " ").contains(Substring(name)) == true }
  }

  /// The elements named `name`: `rect`, `path`, `text`.
  func named(_ name: String) -> [ElementCollector.Element] { all.filter { $0.name == name } }
}

/// Collects every element's name, attributes and text from an XML parse.
final class ElementCollector: NSObject, XMLParserDelegate {
  struct Element {
    var name: String
    var attributes: [String: String]
    /// The text directly inside the element, unescaped (a `<title>`'s tooltip, a `<text>`'s
    /// words).
    var text = ""
  }

  var elements: [Element] = []
  /// The indices of the elements open at this point of the parse.
  private var open: [Int] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    open.append(elements.count)
    elements.append(Element(name: elementName, attributes: attributeDict))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    open.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard let index = open.last else { return }
    elements[index].text += string
  }
}
