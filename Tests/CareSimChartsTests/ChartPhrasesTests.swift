import CareSimCharts
import Testing

/// The words charts write themselves, in the reader's language.
@Suite struct ChartPhrasesTests {
  static let en = ChartPhrases(.en)
  static let nl = ChartPhrases(.nl)

  @Test func listsJoinWithTheLocalesAnd() {
    #expect(Self.en.list([]) == "")
    #expect(Self.en.list(["Wlz"]) == "Wlz")
    #expect(Self.en.list(["Wlz", "Wmo"]) == "Wlz and Wmo")
    #expect(Self.en.list(["Wlz", "Wmo", "Zvw"]) == "Wlz, Wmo and Zvw")
    #expect(Self.nl.list(["Wlz", "Wmo", "Zvw"]) == "Wlz, Wmo en Zvw")
  }

  /// Descriptions name what a chart shows, and list its parts after a colon only if it has any.
  @Test func descriptionsListTheirParts() {
    #expect(Self.en.line(y: "Cost", x: "Month", series: []) == "Line chart of cost by month")
    #expect(
      Self.nl.line(y: "Kosten", x: "Maand", series: ["Wlz", "Wmo"])
        == "Lijngrafiek van kosten tegen maand: Wlz en Wmo")
    #expect(
      Self.en.bars(value: "Net saving", categories: ["Wlz"]) == "Bar chart, net saving: Wlz")
    #expect(
      Self.en.smallMultiples(count: 4, y: "QoL", x: "Month", panels: ["A", "B"])
        == "4 small line charts of QoL by month: A and B")
    #expect(
      Self.en.ternary(value: "Net benefit", corners: ["Informal", "Home", "Nursing home"])
        == "Ternary heat map of net benefit over the shares of Informal, Home and Nursing home")
  }

  /// A heat map names its contour and a scatter plot its lines only when there are some.
  @Test func optionalPartsAreLeftOutWhenAbsent() {
    let base = "Heat map of net benefit by price and uptake"
    #expect(Self.en.heatMap(value: "Net benefit", x: "Price", y: "Uptake", contour: nil) == base)
    #expect(
      Self.en.heatMap(value: "Net benefit", x: "Price", y: "Uptake", contour: "Break-even")
        == base + ", with the Break-even line")
    #expect(
      Self.nl.heatMap(value: "Netto", x: "Prijs", y: "Deelname", contour: "Omslagpunt")
        == "Warmtekaart van netto naar prijs en deelname, met de lijn Omslagpunt")
    #expect(
      Self.en.scatter(count: "400", y: "Cost", x: "QALYs", slopes: [])
        == "Scatter plot of 400 points, cost against QALYs")
    #expect(
      Self.nl.scatter(count: "400", y: "Kosten", x: "QALY's", slopes: ["€20k", "€50k"])
        == "Spreidingsdiagram van 400 punten, kosten tegen QALY's, met lijnen voor €20k en €50k")
  }

  /// Every phrase differs between the languages, so a Dutch page is read out in Dutch.
  @Test func everyPhraseIsTranslated() {
    for phrases in [
      { (p: ChartPhrases) in p.line(y: "y", x: "x", series: ["s"]) },
      { $0.smallMultiples(count: 2, y: "y", x: "x", panels: ["a"]) },
      { $0.bars(value: "v", categories: ["c"]) }, { $0.tornado(value: "v", parameters: ["p"]) },
      { $0.stackedArea(y: "y", x: "x", layers: ["l"]) },
      { $0.heatMap(value: "v", x: "x", y: "y", contour: "c") },
      { $0.scatter(count: "1", y: "y", x: "x", slopes: ["s"]) },
      { $0.dotPlot(value: "v", rows: ["r"]) }, { $0.ternary(value: "v", corners: ["a", "b"]) },
      { $0.ternaryTicks }, { $0.lineNote("l") }, { $0.markedPointNote("m") },
      { $0.interval("a", "b") },
    ] as [(ChartPhrases) -> String] {
      #expect(phrases(Self.en) != phrases(Self.nl), "\(phrases(Self.en))")
      #expect(!phrases(Self.en).isEmpty)
    }
    #expect(Self.en.lineNote("€20k per QALY") == "Line: €20k per QALY")
    #expect(Self.nl.markedPointNote("Huidige mix") == "Gemarkeerd punt: Huidige mix")
  }

  /// A dot's interval in its tooltip reads in the page's language: "€ −92.461 tot € 7.211".
  @Test func intervalsReadInTheirLanguage() {
    #expect(Self.en.interval("−€92,461", "€7,211") == "−€92,461 to €7,211")
    #expect(Self.nl.interval("€ −92.461", "€ 7.211") == "€ −92.461 tot € 7.211")
  }
}
