import CareSimCharts
import CareSimCore

/// The report of `caresim voi`: the EVPI over the value of a QALY per payer, each parameter's
/// EVPPI as a share of EVPI, and which uncertainty is worth resolving first and for whom: a
/// ``ValueOfInformationResult`` laid out and put in words.
struct VOIReportPage: ReportPage {
  let phrases: ReportPhrases
  let result: ValueOfInformationResult

  func render() -> String {
    let asked = result.valuePerQALY
    let price = phrases.euros(asked)
    let evpi = result.evpi(result.perspective, valuePerQALY: asked)
    let error = evpi?.evpiStandardError ?? .nan
    var summary = [
      phrases.format(
        error.isFinite ? "voi.summary.evpi.error" : "voi.summary.evpi", price,
        phrases.euros(evpi?.evpi ?? .nan), phrases.name(result.perspective), phrases.euros(error))
    ]
    let withinNoise = evpi?.isWithinNoiseOfZero == true
    if withinNoise { summary.append(phrases["voi.summary.evpi.nearZero"]) }
    if result.noiseRemoved, let evpi, evpi.evpiPerSet != evpi.evpi {
      summary.append(phrases.format("voi.summary.noise", phrases.euros(evpi.evpiPerSet)))
    }
    // An EVPI the sets cannot tell from none has no source to name.
    if !withinNoise { summary.append(source(of: evpi, price: price)) }
    if let population = result.populationEVPI {
      summary.append(phrases.format("voi.summary.population", phrases.euros(population)))
    }
    return HTMLPage(
      analysis: phrases, title: phrases["voi.title"],
      subtitle: phrases.format("voi.subtitle", phrases.count(result.sets), result.source),
      summary: summary, sections: [curveSection(), partialSection()],
      provenance: result.provenance
    ).render()
  }

  /// Where the EVPI comes from: the parameter or group worth resolving first, the parameters
  /// jointly where none is worth anything alone, or, where it is zero, that no uncertainty is
  /// worth resolving.
  private func source(of evpi: ValueOfInformationResult.CurvePoint?, price: String) -> String {
    if let (first, most) = result.firstToResolve {
      let total = evpi?.evpi ?? 0
      let share = total > 0 ? first.evppi / total : .nan
      let name = subjectName(first)
      guard most.perspective != first.perspective else {
        return phrases.format(
          "voi.summary.first", name, phrases.euros(first.evppi), phrases.name(first.perspective),
          phrases.percent(share))
      }
      return phrases.format(
        "voi.summary.firstOther", name, phrases.euros(first.evppi),
        phrases.name(first.perspective), phrases.percent(share), phrases.name(most.perspective),
        phrases.euros(most.evppi))
    }
    if let evpi, evpi.evpi > 0 {
      // Perfect information is worth something, but no parameter or group is on its own; where
      // the sets' noise is not removed, some of it may be noise.
      return phrases.format(
        result.noiseRemoved ? "voi.summary.noneAlone" : "voi.summary.noneAloneNoisy", price,
        phrases.name(result.perspective), phrases.euros(evpi.evpi))
    }
    return phrases.format("voi.summary.none", price, phrases.name(result.perspective))
  }

  /// A parameter by its label, a group by its name.
  private func subjectName(_ partial: ValueOfInformationResult.Partial) -> String {
    partial.parameters.count == 1 ? phrases.parameter(partial.parameters[0]) : partial.subject
  }

  private func curveSection() -> HTMLPage.Section {
    let perspectives = result.perspectives
    let chart = LineChart(
      title: phrases["voi.curve.title"],
      xAxis: ChartAxis(phrases["voi.curve.x"], unit: "€", format: .euros),
      yAxis: ChartAxis(phrases["voi.curve.y"], unit: "€", format: .euros, includesZero: true),
      series: perspectives.map { perspective in
        let points = result.curve.filter {
          $0.perspective == perspective
            && ProbabilisticSensitivity.willingnessToPay.contains($0.valuePerQALY)
        }
        return LineSeries(
          phrases.label(perspective), x: points.map(\.valuePerQALY), y: points.map(\.evpi))
      },
      markers: QALYReferenceValue.allCases.map {
        .vertical(x: $0.euros, label: phrases.euros($0.euros))
      })
    let largest = perspectives.compactMap { result.evpi($0, valuePerQALY: result.valuePerQALY) }
      .max { $0.evpi < $1.evpi }
    let reading =
      largest.map {
        phrases.format(
          "voi.curve.reading", phrases.euros(result.valuePerQALY), phrases.name($0.perspective),
          phrases.euros($0.evpi))
      } ?? ""
    return HTMLPage.Section(
      phrases["voi.curve"], [.chart(svg: chart.svg(locale: phrases.locale), reading: reading)])
  }

  private func partialSection() -> HTMLPage.Section {
    let asked = result.valuePerQALY
    let evpi = result.evpi(result.perspective, valuePerQALY: asked)?.evpi ?? .nan
    let ranked = result.partials(result.perspective, valuePerQALY: asked)
    let table = partialTable(ranked)
    // Shares of an EVPI of zero do not exist, and shares that are all zero draw rows at 0%: a
    // sentence says so instead of a chart.
    let instead =
      evpi > 0
      ? (ranked.contains { $0.evppi > 0 } ? nil : "voi.partial.allZero") : "voi.partial.none"
    if let instead {
      let sentence = phrases.format(instead, phrases.euros(asked), phrases.name(result.perspective))
      // A table whose every cell reads €0 says nothing a sentence cannot.
      let cells = result.partials.filter { $0.valuePerQALY == asked }
      let zeroEverywhere =
        !cells.isEmpty
        && cells.allSatisfy { phrases.exactEuros($0.evppi) == phrases.exactEuros(0) }
      return HTMLPage.Section(
        phrases["voi.partial"],
        zeroEverywhere
          ? [.paragraph(sentence + " " + phrases["voi.partial.zeroEverywhere"])]
          : [.paragraph(sentence + " " + phrases["voi.partial.table"]), .table(table)])
    }
    let status = phrases["voi.partial.status"]
    let rows = ranked.prefix(15).map { partial in
      let share = partial.evppi / evpi
      let margin = 1.96 * partial.standardError / evpi
      return DotPlot.Row(
        partial.parameters.count == 1
          ? phrases.parameterLabel(partial.parameters[0]) : partial.subject,
        value: share, lower: max(0, share - margin), upper: share + margin, status: status)
    }
    let chart = DotPlot(
      title: phrases.format("voi.partial.title", phrases.label(result.perspective)),
      valueAxis: ChartAxis(phrases["voi.partial.axis"], format: .percent, includesZero: true),
      rows: rows, statuses: [status])
    let reading =
      ranked.first.map { first in
        phrases.format(
          "voi.partial.reading", subjectName(first),
          phrases.percent(first.evppi / evpi))
      } ?? ""
    return HTMLPage.Section(
      phrases["voi.partial"],
      [.chart(svg: chart.svg(locale: phrases.locale), reading: reading), .table(table)])
  }

  /// Every parameter's and group's EVPPI per perspective at the asked value of a QALY.
  private func partialTable(_ ranked: [ValueOfInformationResult.Partial]) -> HTMLTable {
    let asked = result.valuePerQALY
    let perspectives = result.perspectives
    return HTMLTable(
      caption: phrases.format("voi.table.caption", phrases.euros(asked)),
      header: [.text(phrases["voi.table.subject"])]
        + perspectives.map { .number(phrases.label($0)) },
      rows: ranked.map { partial in
        [
          partial.parameters.count == 1
            ? .parameter(partial.parameters[0], phrases) : .text(partial.subject)
        ]
          + perspectives.map { perspective in
            let value = result.partials.first {
              $0.perspective == perspective && $0.valuePerQALY == asked
                && $0.subject == partial.subject
            }
            return .number(phrases.exactEuros(value?.evppi ?? .nan))
          }
      })
  }
}
