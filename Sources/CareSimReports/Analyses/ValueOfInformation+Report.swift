import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation
import JSON5

/// The files and table of a value-of-information analysis (`caresim voi`, `caresim psa --voi`).
///
/// `result.json` gives at its top level `evpi` (a number: the asked perspective at the asked value
/// of a QALY) and `evppi` (each parameter's or group's name to a number), for scripts; beside them
/// every estimate's standard error, the method, the noise diagnostics and the tables
/// `evpiCurve` (every perspective × value of a QALY) and `voi` (× every parameter and group).
public struct ValueOfInformationReport: Sendable {
  public var result: ValueOfInformation
  /// The parameters' names, by index in the table.
  public var parameterNames: [String]
  public var perspective: Perspective
  public var valuePerQALY: Double
  public var seed: UInt64
  /// The table read, as the user named it.
  public var source: String
  /// The provenance of the PSA that wrote the table (its `scenario`, `assumptions` and
  /// `replicationsPerSetting`), where known.
  public var provenance: [String: JSONValue]
  public var population: ValueOfInformation.Population?
  /// What that PSA's scenario calls its need levels, so that the terminal names a parameter by
  /// level in its words; empty for a table without a scenario.
  public var levels: [NeedLevel.Label]

  public init(
    result: ValueOfInformation, parameterNames: [String], perspective: Perspective,
    valuePerQALY: Double, seed: UInt64, source: String, provenance: [String: JSONValue],
    population: ValueOfInformation.Population?, levels: [NeedLevel.Label]
  ) {
    self.result = result
    self.parameterNames = parameterNames
    self.perspective = perspective
    self.valuePerQALY = valuePerQALY
    self.seed = seed
    self.source = source
    self.provenance = provenance
    self.population = population
    self.levels = levels
  }

  /// The values of a QALY every analysis reports: 0 to €100,000 in €5,000 steps, the
  /// acceptability curve's (with the Dutch reference values on it).
  public static let curve = ProbabilisticSensitivity.willingnessToPay

  /// How the estimates are made, in result.json's words.
  static let method =
    "EVPI: E[max(0, NB)] - max(0, E[NB]) over the parameter sets, NB the perspective's net "
    + "benefit plus the value of a QALY times the QALYs gained. Where the table gives a "
    + "netBenefitStandardError column, each set's Monte-Carlo noise is removed by taking NB's "
    + "conditional mean given all parameters (an additive fit of local-linear smoothers, "
    + "backfitted), and evpiPerSet keeps the uncorrected value. EVPPI of one parameter: the same "
    + "over the conditional mean given that parameter, fitted by a local-linear smoother with "
    + "tricube weights whose span is chosen by leave-one-out cross-validation (evppiBinned: Strong "
    + "and Oakley's bins of equal count, for comparison); of a group: an additive fit over its "
    + "parameters, which leaves out their interactions. Standard errors: bootstrap over the sets "
    + "(200 resamples) with the fits held fixed."

  /// The asked point, which the analysis always evaluates.
  public var asked: ValueOfInformation.Point {
    guard let point = result.point(perspective, valuePerQALY: valuePerQALY) else {
      preconditionFailure("the analysis has no \(perspective) at \(valuePerQALY) per QALY")
    }
    return point
  }

  /// Every perspective at every value of a QALY: EVPI three ways and the population's.
  public var evpiCurve: ResultTable {
    var table = ResultTable(
      columns: [
        "perspective", "valuePerQALY", "evpi", "evpiStandardError", "evpiPerSet",
        "evpiPerSetStandardError", "evpiRegression", "evpiRegressionStandardError",
        "populationEVPI",
      ])
    for point in result.points {
      table.append([
        .text(point.perspective.description), .number(point.valuePerQALY),
        .number(point.evpi.value), .number(point.evpi.standardError),
        .number(point.evpiPerSet.value), .number(point.evpiPerSet.standardError),
        .number(point.evpiRegression.value), .number(point.evpiRegression.standardError),
        .number(point.populationEVPI ?? .nan),
      ])
    }
    return table
  }

  /// Every perspective × value of a QALY × parameter or group.
  public var voi: ResultTable {
    var table = ResultTable(
      columns: [
        "perspective", "valuePerQALY", "subject", "parameters", "evppi", "evppiStandardError",
        "evppiBinned", "shareOfEVPI", "evpi",
      ])
    for point in result.points {
      for (index, subject) in result.subjects.enumerated() {
        let evppi = point.evppi[index]
        table.append([
          .text(point.perspective.description), .number(point.valuePerQALY), .text(subject.name),
          .text(subject.parameters.map { parameterNames[$0] }.joined(separator: "+")),
          .number(evppi.value), .number(evppi.standardError),
          .number(point.evppiBinned[index] ?? .nan),
          .share(point.evpi.value > 0 ? evppi.value / point.evpi.value : .nan),
          .number(point.evpi.value),
        ])
      }
    }
    return table
  }

  public static let fileNames = ["evpiCurve.csv", "voi.csv"]

  public func files() -> [String: Data] {
    let asked = asked
    var document = provenance
    document["analysis"] = .string("value of information")
    document["evpi"] = DataNumber.json(asked.evpi.value)
    document["evppi"] = .object(
      Dictionary(
        uniqueKeysWithValues: zip(result.subjects, asked.evppi).map {
          ($0.name, DataNumber.json($1.value))
        }))
    document["evpiStandardError"] = DataNumber.json(asked.evpi.standardError)
    document["evppiStandardError"] = .object(
      Dictionary(
        uniqueKeysWithValues: zip(result.subjects, asked.evppi).map {
          ($0.name, DataNumber.json($1.standardError))
        }))
    document["evpiPerSet"] = DataNumber.json(asked.evpiPerSet.value)
    document["perspective"] = .string(perspective.description)
    document["valuePerQALY"] = DataNumber.json(valuePerQALY)
    document["noiseRemoved"] = .bool(result.removesNoise)
    document["method"] = .string(Self.method)
    document["sets"] = .number(Double(result.sets))
    document["source"] = .string(source)
    document["seed"] = .string(String(seed))
    document["caresimVersion"] = .string(CareSimVersion.current)
    document["subjects"] = .array(
      result.subjects.map { subject in
        .object([
          "name": .string(subject.name),
          "parameters": .array(subject.parameters.map { .string(parameterNames[$0]) }),
        ])
      })
    document["noise"] = .array(
      result.noise.map { noise in
        .object([
          "perspective": .string(noise.perspective.description),
          "meanSquaredStandardError": noise.meanSquaredStandardError.map(DataNumber.json) ?? .null,
          "residualVariance": DataNumber.json(noise.residualVariance),
          "totalVariance": DataNumber.json(noise.totalVariance),
        ])
      })
    if let population, let total = asked.populationEVPI {
      document["populationEVPI"] = DataNumber.json(total)
      document["population"] = .object([
        "decisionsPerYear": DataNumber.json(population.decisionsPerYear),
        "years": .number(Double(population.years)),
        "discountRate": DataNumber.json(population.discounting.annualRate),
      ])
    }
    var files: [String: Data] = [:]
    for (name, table) in [("evpiCurve", evpiCurve), ("voi", voi)] {
      files["\(name).csv"] = Data(table.csv.utf8)
      document[name] = table.json
    }
    files["result.json"] = JSONValue.object(document).encoded(prettyPrinted: true)
    return files
  }

  /// The terminal's table: the asked point's EVPI and EVPPI, then EVPI per perspective at the
  /// reference values of a QALY.
  public func table() -> String {
    let asked = asked
    let phrases = ReportPhrases(.en, levels: levels)
    var text = "Value of information from \(source)\n"
    text += "\(ReportFormat.count(result.sets)) parameter sets, seed \(seed); "
    text += "\(perspective) at \(ReportFormat.euros(valuePerQALY)) per QALY\n\n"
    text += "EVPI: \(ReportFormat.euros(asked.evpi.value)) "
    text += "(standard error \(ReportFormat.euros(asked.evpi.standardError)))"
    if asked.evpi.isWithinNoiseOfZero {
      text += ", less than two standard errors above zero: these sets cannot tell it from none"
    }
    if result.removesNoise {
      text += "; from the sets as they are, with their Monte-Carlo noise: "
      text += ReportFormat.euros(asked.evpiPerSet.value)
    }
    if let total = asked.populationEVPI, let population {
      text += "\nFor \(ReportFormat.significant(population.decisionsPerYear)) decisions a year "
      text += "over \(population.years) years, discounted: \(ReportFormat.euros(total))"
    }
    text += "\n\nEVPPI, by value:\n"
    var rows = ResultTable(columns: [
      "parameter or group", "EVPPI", "standard error", "share of EVPI", "binned",
    ])
    let ranked = result.subjects.indices.sorted {
      asked.evppi[$0].value > asked.evppi[$1].value
    }
    for index in ranked {
      rows.append([
        .text(subjectLabel(result.subjects[index], phrases)), .euros(asked.evppi[index].value),
        .euros(asked.evppi[index].standardError),
        asked.evpi.value > 0 ? .share(asked.evppi[index].value / asked.evpi.value) : .text("n/a"),
        .euros(asked.evppiBinned[index] ?? .nan),
      ])
    }
    text += rows.rendered
    text += "\nEVPI per perspective by value of a QALY:\n"
    let values = ([0] + QALYReferenceValue.allCases.map(\.euros) + [valuePerQALY])
    let shown = Array(Set(values)).sorted()
    var curve = ResultTable(columns: ["perspective"] + shown.map { ReportFormat.euros($0) })
    for perspective in Perspective.allCases where result.point(perspective, valuePerQALY: 0) != nil
    {
      curve.append(
        [.text(perspective.description)]
          + shown.map { .euros(result.point(perspective, valuePerQALY: $0)?.evpi.value ?? .nan) })
    }
    return text + curve.rendered
  }

  /// A parameter by its label, a group by the name the user gave it.
  private func subjectLabel(_ subject: ValueOfInformation.Subject, _ phrases: ReportPhrases)
    -> String
  {
    subject.parameters.count == 1
      ? phrases.parameterLabel(parameterNames[subject.parameters[0]]) : subject.name
  }
}
