import CareSimCharts
import CareSimCore
import Testing

@testable import CareSimReports

/// The validation page drawn from a result built in memory, without a folder.
@Suite struct ValidationReportPageTests {
  static let result = ValidationResult(
    provenance: .inMemory,
    study: "Dordrecht",
    figures: [
      .init(
        name: "cost", kind: .derived, status: .reproduced, published: 100, mean: 101,
        lower95: 99, upper95: 103),
      .init(
        name: "saving", kind: .result, status: .gap, published: 50, mean: 20, lower95: 10,
        upper95: 30),
      .init(
        name: "sign", kind: .sign, status: .holds, published: 1, mean: 5, lower95: 1,
        upper95: 9),
    ])

  /// The summary counts the figures and says how they came out in a sentence, each count with
  /// its noun and verb in the number it takes, the signs in a clause of their own.
  @Test(arguments: [
    (
      ReportLocale.en,
      "3 published figures: 1 reproduced and 1 differs with an explanation; the sign holds for 1."
    ),
    (
      .nl,
      "3 gepubliceerde cijfers: 1 gereproduceerd en 1 met een verklaard verschil; het teken klopt bij 1."
    ),
  ])
  func theSummaryCountsTheFiguresByStatus(locale: ReportLocale, sentence: String) {
    let page = ValidationReportPage(result: Self.result, locale: locale).render()
    #expect(page.contains("<p>\(escaped(sentence))</p>"))
    // The chart has the two figures with a number, not the sign.
    #expect(page.components(separatedBy: "<svg").count - 1 == 1)
  }

  /// A result with every status, more than one of most: the plural forms, and the sign clause
  /// with both a held and a differing sign.
  static let many = ValidationResult(
    provenance: .inMemory, study: "SamenOud",
    figures: [
      (FigureComparison.Status.reproduced, 2), (.agrees, 3), (.gap, 6), (.failed, 1), (.holds, 8),
      (.differs, 1),
    ].flatMap { status, count in
      (0..<count).map { index in
        ValidationResult.Figure(
          name: "\(status) \(index)", kind: [.holds, .differs].contains(status) ? .sign : .result,
          status: status, published: 1, mean: 1, lower95: 0, upper95: 2)
      }
    })

  @Test(arguments: [
    (
      ReportLocale.en,
      "21 published figures: 2 reproduced, 3 agree with CareSim, 6 differ with an explanation and 1 not reproduced; the sign holds for 8 and differs for 1."
    ),
    (
      .nl,
      "21 gepubliceerde cijfers: 2 gereproduceerd, 3 komen overeen met CareSim, 6 met een verklaard verschil en 1 niet gereproduceerd; het teken klopt bij 8 en wijkt af bij 1."
    ),
  ])
  func theSummaryReadsInThePlural(locale: ReportLocale, sentence: String) {
    #expect(ValidationReportPage(result: Self.many, locale: locale).summary == sentence)
  }

  /// Only signs, and only a differing one: no list of counts before the sign clause, and the
  /// single figure in the singular.
  @Test func aSummaryOfOneDifferingSign() {
    var result = Self.many
    result.figures = result.figures.filter { $0.status == .differs }
    #expect(
      ValidationReportPage(result: result, locale: .en).summary
        == "1 published figure: the sign differs for 1.")
    #expect(
      ValidationReportPage(result: result, locale: .nl).summary
        == "1 gepubliceerd cijfer: het teken wijkt af bij 1.")
  }

  /// Break-evens have a clause of their own after the signs', in the number each count takes,
  /// and their statuses are named as a reader says them.
  @Test(arguments: [
    (
      ReportLocale.en, [FigureComparison.Status.exceeds],
      "2 published figures: the sign differs for 1; the break-even is exceeded for 1.",
      "above break-even"
    ),
    (
      .en, [.exceeds, .fallsShort, .fallsShort],
      "4 published figures: the sign differs for 1; the break-even is exceeded for 1 and not reached for 2.",
      "below break-even"
    ),
    (
      .nl, [.fallsShort],
      "2 gepubliceerde cijfers: het teken wijkt af bij 1; het break-evenpunt wordt niet gehaald bij 1.",
      "onder break-evenpunt"
    ),
  ])
  func breakEvensHaveAClauseOfTheirOwn(
    locale: ReportLocale, statuses: [FigureComparison.Status], sentence: String, label: String
  ) {
    var result = Self.many
    result.figures = result.figures.filter { $0.status == .differs }
    result.figures += statuses.map { status in
      .init(
        name: "years avoided", kind: .breakEven, status: status, published: 1.58, mean: 3,
        lower95: 0.5, upper95: 6)
    }
    let page = ValidationReportPage(result: result, locale: locale)
    #expect(page.summary == sentence)
    #expect(page.render().contains("<td>\(escaped(label))</td>"))
  }

  /// A sign's and a break-even's status say, under it, how many runs bear them out; a figure
  /// without the share (another kind, or an older folder) has nothing under its status.
  @Test(arguments: [
    (ReportLocale.en, "as published in 79.0% of runs", "above it in 88.5% of runs"),
    (.nl, "zoals gepubliceerd in 79,0% van de runs", "erboven in 88,5% van de runs"),
  ])
  func signsAndBreakEvensSayHowManyRunsBearThemOut(
    locale: ReportLocale, sign: String, breakEven: String
  ) {
    var result = Self.result
    result.figures[2].shareOfRuns = 0.79
    result.figures.append(
      .init(
        name: "years avoided", kind: .breakEven, status: .exceeds, published: 1.58, mean: 3,
        lower95: 0.5, upper95: 6, shareOfRuns: 0.885))
    let page = ValidationReportPage(result: result, locale: locale).render()
    let phrases = ReportPhrases(locale)
    for (status, share) in [(FigureComparison.Status.holds, sign), (.exceeds, breakEven)] {
      let cell =
        "<td>\(escaped(phrases["validation.status.\(status.rawValue)"]))<br>"
        + "<span class=\"second-line\">\(escaped(share))</span></td>"
      #expect(page.contains(cell), "\(status)")
    }
    #expect(page.contains("<td>\(escaped(phrases["validation.status.reproduced"]))</td>"))
  }

  /// A sign's published figure reads as the sign in words, in the page's language, not as the
  /// 1 or −1 the result stores; a number stays a number.
  @Test(arguments: [(ReportLocale.en, "positive", "negative"), (.nl, "positief", "negatief")])
  func aSignReadsInWords(locale: ReportLocale, positive: String, negative: String) {
    var result = Self.result
    result.figures.append(
      .init(
        name: "loss", kind: .sign, status: .holds, published: -1, mean: -5, lower95: -9,
        upper95: -1))
    let page = ValidationReportPage(result: result, locale: locale).render()
    #expect(page.contains("<td>sign</td><td class=\"number\">\(positive)</td>"))
    #expect(page.contains("<td>loss</td><td class=\"number\">\(negative)</td>"))
    #expect(!page.contains("<td class=\"number\">1</td>"))
    #expect(!page.contains("<td class=\"number\">−1</td>"))
    #expect(page.contains("<td>cost</td><td class=\"number\">100</td>"))
  }

  /// The table fits a desktop's column in four columns, the interval on a second line under
  /// CareSim's estimate, and scrolls in its box on a phone; the dot plot sits in a box of its
  /// own, where it keeps a legible width (the stylesheet's `svg.chart-dot-plot`).
  @Test func theTableAndTheChartScrollInTheirBoxes() throws {
    let page = ValidationReportPage(result: Self.result, locale: .en).render()
    let table = try #require(
      page.components(separatedBy: "<div class=\"table-scroll\">\n<table>").dropFirst().first?
        .components(separatedBy: "</table>").first)
    #expect(
      table.contains(
        "<thead><tr><th>Figure</th><th class=\"number\">Published</th>"
          + "<th class=\"number\">CareSim<br><span class=\"second-line\">95% interval</span></th>"
          + "<th>Status</th></tr></thead>"))
    #expect(
      table.contains(
        "<td>saving</td><td class=\"number\">50</td>"
          + "<td class=\"number\">20<br><span class=\"second-line\">10 – 30</span></td>"
          + "<td>gap (explained)</td>"))
    #expect(page.contains("<figure class=\"chart\">\n<div class=\"chart-scroll\">\n<svg"))
    #expect(page.contains("class=\"chart chart-dot-plot\""))
    #expect(
      ReportStyle.css.contains(
        "figure.chart .chart-scroll svg.chart-dot-plot { min-width: 30rem; }"))
  }

  /// ``result`` as a validation file with Dutch names gives it: the study and the two figures
  /// with a number, not the sign, so that a Dutch page falls back to its English name.
  static let dutch: ValidationResult = {
    var dutch = result
    dutch.studyNL = "Dordrecht, in het Nederlands"
    dutch.figures[0].nameNL = "kosten van de aanpak"
    dutch.figures[1].nameNL = "besparing op de Wlz"
    return dutch
  }()

  /// A Dutch page names the study and every figure by their Dutch names, in the title, the
  /// chart and the table, figure by figure falling back to the English; the English
  /// page of the same result is the page without Dutch names.
  @Test func theDutchPageNamesTheStudyAndTheFiguresInDutch() throws {
    let dutch = ValidationReportPage(result: Self.dutch, locale: .nl).render()
    let phrases = ReportPhrases(.nl)
    let study = "Dordrecht, in het Nederlands"
    #expect(dutch.contains("<h1>\(escaped(phrases.format("validation.title", study)))</h1>"))
    #expect(!dutch.contains("Dordrecht<") && !dutch.contains("Dordrecht:"))
    let chart = try #require(
      dutch.components(separatedBy: "<svg").dropFirst().first?
        .components(separatedBy: "</svg>").first)
    for figure in Self.dutch.figures {
      let name = escaped(figure.name(dutch: true))
      #expect(dutch.contains("<td>\(name)</td>"), "\(name)")
      if figure.kind != .sign { #expect(chart.contains(name), "\(name)") }
    }
    #expect(!dutch.contains("<td>cost</td>") && !dutch.contains("<td>saving</td>"))
    #expect(dutch.contains("<td>sign</td>"))

    let english = ValidationReportPage(result: Self.dutch, locale: .en).render()
    #expect(english == ValidationReportPage(result: Self.result, locale: .en).render())
  }
}

/// The page's "Why CareSim differs": the explanations the terminal lists under "Gaps:".
@Suite struct ValidationReportPageGapsTests {
  /// Each figure that differs with an explanation, or whose sign differs, is listed with the
  /// validation file's explanation, in the page's figure names; a figure that agrees and has an
  /// explanation is listed apart, under how far the agreement goes; one without is not listed.
  @Test(arguments: ReportLocale.allCases)
  func eachDifferingFigureIsListedWithItsExplanation(locale: ReportLocale) throws {
    var result = ValidationReportPageTests.result
    result.figures[1].gap = "CareSim prevents less <than> the study."
    result.figures[2].gap = "The sign holds, for other reasons."
    result.figures.append(
      .init(
        name: "claim", nameNL: "bewering", kind: .sign, status: .differs, published: 1,
        mean: -2, lower95: -3, upper95: -1))
    result.figures.append(
      .init(
        name: "years avoided", kind: .breakEven, status: .fallsShort, published: 1.58, mean: 1,
        lower95: 0, upper95: 2, gap: "Fewer are avoided than the programme needs."))
    let page = ValidationReportPage(result: result, locale: locale).render()
    let phrases = ReportPhrases(locale)
    let sections = page.components(separatedBy: "<h2>")
    let section = try #require(
      sections.first { $0.hasPrefix("\(escaped(phrases["validation.gaps.section"]))</h2>") })
    let caveats = try #require(
      sections.first { $0.hasPrefix("\(escaped(phrases["validation.caveats.section"]))</h2>") })
    #expect(section.contains(escaped(phrases["validation.gaps.intro"])))
    #expect(
      section.contains("<td>saving</td><td>CareSim prevents less &lt;than&gt; the study.</td>"))
    let claim = locale == .nl ? "bewering" : "claim"
    #expect(
      section.contains("<td>\(claim)</td><td>\(escaped(phrases["validation.gaps.none"]))</td>"))
    #expect(
      section.contains("<td>years avoided</td><td>Fewer are avoided than the programme needs.</td>")
    )
    #expect(!section.contains("The sign holds") && !section.contains("<td>cost</td>"))
    #expect(caveats.contains(escaped(phrases["validation.caveats.intro"])))
    #expect(caveats.contains("<td>sign</td><td>The sign holds, for other reasons.</td>"))
    #expect(!caveats.contains("<td>cost</td>") && !caveats.contains("<td>saving</td>"))
  }

  /// Where every figure agrees and the file explains none there is nothing to say, and no
  /// section.
  @Test func noSectionWhereNothingDiffersOrIsExplained() {
    var result = ValidationReportPageTests.result
    result.figures.removeAll { $0.status == .gap }
    let page = ValidationReportPage(result: result, locale: .en).render()
    #expect(!page.contains(ReportPhrases(.en)["validation.gaps.section"]))
    #expect(!page.contains(ReportPhrases(.en)["validation.caveats.section"]))
  }
}
