import CareSimCharts
import CareSimTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every chart kind, drawn from fixed data, byte for byte against `Golden/charts/`, and the
/// checks a browser would make, done on the estimated layout: well-formed XML, accessible name,
/// drawn marks, every text inside the viewBox and clear of every other.
@Suite struct ChartGoldenTests {
  static let names = ChartFixtures.all.map(\.name)

  static func chart(_ name: String) throws -> any RenderableChart {
    try #require(ChartFixtures.all.first { $0.name == name }?.chart)
  }

  @Test(arguments: names, ReportLocale.allCases)
  func chartMatchesItsGolden(name: String, locale: ReportLocale) throws {
    let svg = try Self.chart(name).svg(locale: locale)
    try Golden.expect(
      svg,
      matches: RepositoryFiles.root.appendingPathComponent(
        "Tests/CareSimChartsTests/Golden/charts/\(name)-\(locale.rawValue).svg"))
  }

  /// Texts keep a unit apart: browsers round text boxes outward to whole pixels.
  @Test(arguments: names, ReportLocale.allCases)
  func textsStayInsideAndApart(name: String, locale: ReportLocale) throws {
    let rendered = try Self.chart(name).render(locale: locale)
    let view = ChartRect(x: 0, y: 0, width: rendered.width, height: rendered.height)
    for text in rendered.texts {
      #expect(view.contains(text.box), "\"\(text.text)\" at \(text.box) leaves the viewBox")
    }
    for (i, a) in rendered.texts.enumerated() {
      for b in rendered.texts[(i + 1)...] where a.box.overlaps(b.box, margin: 1) {
        Issue.record("\"\(a.text)\" \(a.box) overlaps \"\(b.text)\" \(b.box)")
      }
    }
  }

  @Test(arguments: names)
  func svgIsWellFormedAndAccessible(name: String) throws {
    let svg = try Self.chart(name).svg(locale: .en)
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = ElementCollector()
    parser.delegate = collector
    #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
    let root = try #require(collector.elements.first)
    #expect(root.name == "svg")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["width"] == "100%")
    #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
    #expect(root.attributes["aria-label"]?.isEmpty == false)
    #expect(collector.elements.dropFirst().first?.name == "title")
    let marks = collector.elements.filter {
      $0.attributes["class"]?.split(separator: " ").contains("mark") == true
    }
    #expect(!marks.isEmpty, "\(name) draws no element of class mark")
  }

  @Test func sameChartSameBytes() {
    for (_, chart) in ChartFixtures.all {
      #expect(chart.svg(locale: .nl) == chart.svg(locale: .nl))
    }
  }
}

/// The fixtures at other widths: a phone-first 320 and a wide 760 still lay out.
@Suite struct ChartWidthTests {
  static func resized(_ chart: any RenderableChart, width: Double) -> any RenderableChart {
    switch chart {
    case var c as LineChart:
      c.size.width = width
      return c
    case var c as DivergingBarChart:
      c.width = width
      return c
    case var c as TornadoChart:
      c.width = width
      return c
    case var c as StackedAreaChart:
      c.size.width = width
      return c
    case var c as HeatMap:
      c.size.width = width
      return c
    case var c as ScatterChart:
      c.size.width = width
      return c
    case var c as DotPlot:
      c.width = width
      return c
    case var c as TernaryHeatMap:
      c.width = width
      return c
    case var c as SmallMultiples:
      c.width = width
      return c
    default:
      Issue.record("no resizing for \(type(of: chart))")
      return chart
    }
  }

  @Test(arguments: ChartGoldenTests.names, [320.0, 760.0])
  func textsStayInsideAndApart(name: String, width: Double) throws {
    let chart = Self.resized(try ChartGoldenTests.chart(name), width: width)
    for locale in ReportLocale.allCases {
      let rendered = chart.render(locale: locale)
      #expect(rendered.width == width)
      let view = ChartRect(x: 0, y: 0, width: rendered.width, height: rendered.height)
      for text in rendered.texts {
        #expect(view.contains(text.box), "\"\(text.text)\" at \(text.box) leaves the viewBox")
      }
      for (i, a) in rendered.texts.enumerated() {
        for b in rendered.texts[(i + 1)...] where a.box.overlaps(b.box, margin: 1) {
          Issue.record("\(locale): \"\(a.text)\" \(a.box) overlaps \"\(b.text)\" \(b.box)")
        }
      }
    }
  }
}
