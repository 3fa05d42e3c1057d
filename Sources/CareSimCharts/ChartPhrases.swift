/// The words a chart writes itself, in English and Dutch: its accessible description, notes
/// and the empty-chart message.
///
/// Titles, axis names and labels come from the caller in the page's language; these phrases are
/// the rest, so a Dutch page is read out in Dutch by a screen reader.
package struct ChartPhrases: Sendable {
  /// The language of the phrases.
  package var locale: ReportLocale

  /// Phrases in `locale`.
  package init(_ locale: ReportLocale) { self.locale = locale }

  /// "a, b and c" / "a, b en c".
  package func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    let and = locale == .en ? "and" : "en"
    return items.dropLast().joined(separator: ", ") + " \(and) " + last
  }

  /// An interval from `lower` to `upper`: "a to b" / "a tot b".
  package func interval(_ lower: String, _ upper: String) -> String {
    "\(lower) \(locale == .en ? "to" : "tot") \(upper)"
  }

  /// What stands in for a colour scale whose values do not vary, before the value.
  package var sameEverywhere: String {
    locale == .en ? "Same everywhere:" : "Overal gelijk:"
  }

  /// A name as it stands inside a sentence: "Cost per month (€)" becomes "cost per month (€)",
  /// while a name that opens with an acronym or a proper name keeps its capital ("QALYs
  /// gained", "QoL", "Wmo, without the programme").
  package static func inSentence(_ name: String) -> String {
    let firstWord = name.prefix { $0.isLetter }
    guard let first = firstWord.first, firstWord.count > 1,
      firstWord.dropFirst().allSatisfy(\.isLowercase), !properNames.contains(String(firstWord))
    else { return name }
    return first.lowercased() + name.dropFirst()
  }

  /// Words that keep their capital inside a sentence: the Dutch acts that name the payers.
  private static let properNames: Set<String> = ["Wmo", "Wlz", "Zvw"]

  /// Appends ": items" when there are items.
  private func colonList(_ items: [String]) -> String {
    items.isEmpty ? "" : ": " + list(items)
  }

  /// The description of a line chart.
  package func line(y: String, x: String, series: [String]) -> String {
    let y = Self.inSentence(y)
    let x = Self.inSentence(x)
    // "tegen": "per" takes no article, and an axis may be named with one ("de programmakosten").
    return (locale == .en ? "Line chart of \(y) by \(x)" : "Lijngrafiek van \(y) tegen \(x)")
      + colonList(series)
  }

  /// The description of small multiples.
  package func smallMultiples(count: Int, y: String, x: String, panels: [String]) -> String {
    let y = Self.inSentence(y)
    let x = Self.inSentence(x)
    return
      (locale == .en
      ? "\(count) small line charts of \(y) by \(x)"
      : "\(count) kleine lijngrafieken van \(y) tegen \(x)") + colonList(panels)
  }

  /// The description of a diverging bar chart.
  package func bars(value: String, categories: [String]) -> String {
    let value = Self.inSentence(value)
    // After a comma, since the value may be an axis's title that is no noun ("over the
    // horizon, discounted").
    return (locale == .en ? "Bar chart, \(value)" : "Staafdiagram, \(value)")
      + colonList(categories)
  }

  /// The description of a tornado diagram.
  package func tornado(value: String, parameters: [String]) -> String {
    let value = Self.inSentence(value)
    return
      (locale == .en
      ? "Tornado diagram of \(value) by parameter, widest swing first"
      : "Tornadodiagram van \(value) per parameter, grootste uitslag eerst")
      + colonList(parameters)
  }

  /// The description of a stacked area chart.
  package func stackedArea(y: String, x: String, layers: [String]) -> String {
    let y = Self.inSentence(y)
    let x = Self.inSentence(x)
    return
      (locale == .en
      ? "Stacked area chart of \(y) by \(x)" : "Gestapeld vlakdiagram van \(y) tegen \(x)")
      + colonList(layers)
  }

  /// The description of a heat map.
  package func heatMap(value: String, x: String, y: String, contour: String?) -> String {
    let value = Self.inSentence(value)
    let x = Self.inSentence(x)
    let y = Self.inSentence(y)
    let base =
      locale == .en
      ? "Heat map of \(value) by \(x) and \(y)" : "Warmtekaart van \(value) naar \(x) en \(y)"
    guard let contour else { return base }
    return base + (locale == .en ? ", with the \(contour) line" : ", met de lijn \(contour)")
  }

  /// The description of a scatter plot.
  package func scatter(count: String, y: String, x: String, slopes: [String]) -> String {
    let y = Self.inSentence(y)
    let x = Self.inSentence(x)
    let base =
      locale == .en
      ? "Scatter plot of \(count) points, \(y) against \(x)"
      : "Spreidingsdiagram van \(count) punten, \(y) tegen \(x)"
    guard !slopes.isEmpty else { return base }
    return base + (locale == .en ? ", with lines for " : ", met lijnen voor ") + list(slopes)
  }

  /// The description of a dot plot.
  package func dotPlot(value: String, rows: [String]) -> String {
    let value = Self.inSentence(value)
    return
      (locale == .en
      ? "Dot plot of \(value) with intervals" : "Puntdiagram van \(value) met intervallen")
      + colonList(rows)
  }

  /// The description of a ternary heat map.
  package func ternary(value: String, corners: [String]) -> String {
    let value = Self.inSentence(value)
    return locale == .en
      ? "Ternary heat map of \(value) over the shares of \(list(corners))"
      : "Driehoeksdiagram van \(value) naar de aandelen \(list(corners))"
  }

  /// How to read a ternary diagram's ticks.
  package var ternaryTicks: String {
    locale == .en
      ? "Each side's ticks give the share of the corner it runs toward, counter-clockwise."
      : "De schaal langs elke zijde geeft het aandeel van de hoek waar die zijde heen loopt, tegen de klok in."
  }

  /// A note for a line whose label found no room in the plot.
  package func lineNote(_ label: String) -> String {
    (locale == .en ? "Line: " : "Lijn: ") + label
  }

  /// A note for a marked point whose label found no room.
  package func markedPointNote(_ label: String) -> String {
    (locale == .en ? "Marked point: " : "Gemarkeerd punt: ") + label
  }
}
