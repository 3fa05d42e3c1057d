import CareSimCore
import JSON5

/// The parts of a scenario file that are not plain fields: the ladder and its transitions,
/// anything by need level, lists of payers, and the checks that join fields (see
/// ``ScenarioSchema``).
extension ScenarioReader {
  /// Nobody is admitted without an institutional level: neither below the minimum quality of
  /// life for living at home, nor by the choice of care at home, nor after a crisis.
  mutating func checkAdmissions(_ parameters: ScenarioParameters) {
    guard !parameters.needLevels.contains(where: { $0.kind == .institutional }) else { return }
    if parameters.qualityOfLife.minimumForLivingAtHome != nil {
      report(
        "qualityOfLife.minimumForLivingAtHome",
        .invalid(reason: "admits residents, but no need level has kind \"institutional\""))
    }
    if parameters.careAtHome != nil {
      report(
        "careAtHome",
        .invalid(
          reason: "is a choice against admission, but no need level has kind \"institutional\""))
    }
    if parameters.mechanisms.escalation.crisisAdmissionProbability > 0 {
      report(
        "mechanisms.escalation.crisisAdmissionProbability",
        .invalid(reason: "admits residents, but no need level has kind \"institutional\""))
    }
  }

  mutating func readMetadata(_ value: JSONValue?) -> Scenario.Metadata {
    let path = "metadata"
    let fields = object(
      value, at: path,
      keys: [
        "title", "titleNL", "study", "studyNL", "region", "year", "currencyYear",
        "description", "descriptionNL",
      ], required: false)
    return Scenario.Metadata(
      title: string(fields, "title", at: path) ?? "Untitled scenario",
      titleNL: string(fields, "titleNL", at: path),
      study: string(fields, "study", at: path),
      studyNL: string(fields, "studyNL", at: path),
      region: string(fields, "region", at: path),
      year: fields?["year"] == nil ? nil : integer(fields, "year", at: path, allowed: 1900...2200),
      currencyYear: fields?["currencyYear"] == nil
        ? nil : integer(fields, "currencyYear", at: path, allowed: 1900...2200),
      description: string(fields, "description", at: path),
      descriptionNL: string(fields, "descriptionNL", at: path))
  }

  mutating func readNeedLevels(_ value: JSONValue?) -> [NeedLevel] {
    let path = "needLevels"
    guard let value else {
      report(path, .missing(expected: "an array of need levels"))
      return []
    }
    guard let items = value.arrayValue, items.count >= 2 else {
      report(
        path, .wrongType(expected: "an array of at least two need levels", found: value.typeName))
      return []
    }
    var levels: [NeedLevel] = []
    var labels: [NeedLevel.Label] = []
    defer { levelLabels = labels }
    for (index, item) in items.enumerated() {
      let itemPath = "\(path).\(index)"
      let fields = object(
        item, at: itemPath,
        keys: [
          "name", "label", "labelNL", "kind", "utility", "annualCost",
          "informalCareHoursPerWeek", "carerStrainPerMonth",
        ])
      let name = self.name(fields, "name", at: itemPath) ?? "level\(index)"
      let label = self.name(fields, "label", at: itemPath, what: "label", required: false)
      let labelNL = self.name(fields, "labelNL", at: itemPath, what: "label", required: false)
      let words = NeedLevel.Label(name: name)
      labels.append(
        NeedLevel.Label(
          name: name, english: label ?? words.english, dutch: labelNL ?? label ?? words.dutch))
      let kind =
        choice(fields, "kind", at: itemPath, choices: NeedLevel.Kind.allCases.map(\.rawValue))
        .flatMap(NeedLevel.Kind.init(rawValue:)) ?? .community
      let cost = funderAmounts(
        fields?["annualCost"], at: "\(itemPath).annualCost", required: kind != .dead)
      let level = NeedLevel(
        name: name, kind: kind,
        utility: number(
          fields, "utility", at: itemPath, allowed: .unit, default: kind == .dead ? 0 : nil),
        annualCareCost: cost,
        informalCareHoursPerWeek: number(
          fields, "informalCareHoursPerWeek", at: itemPath, allowed: NumberRange(0, 168), default: 0
        ),
        carerStrainPerMonth: number(
          fields, "carerStrainPerMonth", at: itemPath, allowed: .unit, default: 0))
      if kind == .dead && (level.utility != 0 || level.annualCareCost.total != 0) {
        report(itemPath, .invalid(reason: "a dead level must have utility 0 and no cost"))
      }
      levels.append(level)
    }
    let names = levels.map(\.name)
    if Set(names).count != names.count {
      report(
        path, .invalid(reason: "level names must be unique, got \(names.joined(separator: ", "))"))
    }
    if levels.count > NeedLevel.maximumCount {
      report(
        path,
        .invalid(
          reason: "at most \(NeedLevel.maximumCount) levels are allowed, got \(levels.count)"))
    }
    if levels.count(where: { $0.kind == .dead }) != 1 {
      report(path, .invalid(reason: "exactly one level must have kind \"dead\""))
    }
    if !levels.contains(where: { $0.kind == .community }) {
      report(path, .invalid(reason: "at least one level must have kind \"community\""))
    }
    return levels
  }

  /// Monthly transition rows keyed by level name; each row's moves must sum to at most 1.
  mutating func readTransitions(_ value: JSONValue?, levels: [NeedLevel]) -> [[Double]] {
    let path = "transitions"
    let names = levels.map(\.name)
    var matrix = Array(repeating: Array(repeating: 0.0, count: levels.count), count: levels.count)
    guard let rows = object(value, at: path, keys: Set(names)) else { return matrix }
    for (from, name) in names.enumerated() {
      let rowPath = "\(path).\(name)"
      guard
        let row = object(
          rows[name], at: rowPath, keys: Set(names).subtracting([name]), required: false)
      else { continue }
      if levels[from].kind == .dead && !row.isEmpty {
        report(rowPath, .invalid(reason: "the dead level is absorbing: it can have no moves"))
      }
      var sum = 0.0
      for (to, target) in names.enumerated() where to != from {
        matrix[from][to] = probability(row, target, at: rowPath, default: 0)
        sum += matrix[from][to]
      }
      if sum > 1 + 1e-12 {
        report(
          rowPath, .invalid(reason: "moves sum to \(sum); allowed at most 1 (staying is the rest)"))
      }
    }
    return matrix
  }

  mutating func levelShares(
    _ value: JSONValue?, at path: String, names: [String],
    levels: [NeedLevel]
  ) -> [Double] {
    var shares = Array(repeating: 0.0, count: names.count)
    guard let fields = object(value, at: path, keys: Set(names)) else { return shares }
    for (index, name) in names.enumerated() {
      shares[index] = probability(fields, name, at: path, default: 0)
      if shares[index] > 0 && levels[index].kind == .dead {
        report("\(path).\(name)", .invalid(reason: "residents cannot start dead"))
      }
    }
    checkShares(
      shares, of: path,
      writtenAt: names.filter { fields[$0] != nil }.map { Self.join(path, $0) })
    return shares
  }

  /// The level residents are admitted to: the institutional level the file names, or the
  /// first.
  mutating func readAdmissionLevel(_ fields: [String: JSONValue]?, levels: [NeedLevel]) -> Int {
    let path = "qualityOfLife"
    let institutional = levels.filter { $0.kind == .institutional }.map(\.name)
    var admission = institutional.first
    if fields?["admissionLevel"] != nil {
      if institutional.isEmpty {
        report(
          "\(path).admissionLevel", .invalid(reason: "no need level has kind \"institutional\""))
      } else {
        admission = choice(
          fields, "admissionLevel", at: path, choices: institutional, default: institutional[0])
      }
    }
    return admission.flatMap { name in levels.firstIndex { $0.name == name } } ?? 0
  }

  /// Levels' own ratios per year of age, by level name, each field defaulting to the common
  /// `agePerYear`'s; empty when no level has its own.
  mutating func readAgePerYearByLevel(
    _ value: JSONValue?, names: [String], common: HazardRatios
  ) -> [HazardRatios?] {
    let path = "covariates.agePerYearByLevel"
    guard let byLevel = object(value, at: path, keys: Set(names), required: false) else {
      return []
    }
    return names.map { name in
      guard let ratios = byLevel[name] else { return nil }
      let levelPath = "\(path).\(name)"
      let fields = object(
        ratios, at: levelPath, keys: ["progression", "admission", "death"], required: false)
      return HazardRatios(
        progression: number(
          fields, "progression", at: levelPath, allowed: .ratio, default: common.progression),
        admission: number(
          fields, "admission", at: levelPath, allowed: .ratio, default: common.admission),
        death: number(
          fields, "death", at: levelPath, allowed: .deathRatio, default: common.death))
    }
  }

  /// The Wlz's choice of care at home: its level (at home, above every other level at home)
  /// and the share who choose it.
  mutating func readCareAtHome(_ value: JSONValue?, levels: [NeedLevel]) -> CareAtHome? {
    let path = "careAtHome"
    guard let fields = object(value, at: path, keys: ["level", "share"], required: false) else {
      return nil
    }
    let atHome = levels.indices.filter { levels[$0].kind == .community }
    let choices = atHome.map { levels[$0].name }
    let share = probability(fields, "share", at: path)
    guard let name = choice(fields, "level", at: path, choices: choices),
      let level = levels.firstIndex(where: { $0.name == name })
    else { return nil }
    guard level == atHome.last else {
      report(
        "\(path).level",
        .invalid(
          reason: "'\(name)' must be the highest level at home (\(choices.last ?? "")): "
            + "residents below it choose it instead of admission"))
      return nil
    }
    return CareAtHome(level: level, share: share)
  }

  mutating func funders(
    _ fields: [String: JSONValue]?, _ key: String, at path: String,
    default defaultValue: [Funder]
  ) -> [Funder] {
    guard let value = fields?[key] else { return defaultValue }
    let field = Self.join(path, key)
    let allowed = Funder.payers.map(\.description)
    guard let items = value.arrayValue else {
      report(
        field,
        .wrongType(
          expected: "an array of funders (\(allowed.joined(separator: ", ")))",
          found: value.typeName))
      return defaultValue
    }
    return items.enumerated().compactMap { index, item in
      guard let name = item.stringValue,
        let funder = Funder.payers.first(where: { $0.description == name })
      else {
        report(
          "\(field).\(index)", .invalid(reason: "not one of: \(allowed.joined(separator: ", "))"))
        return nil
      }
      return funder
    }
  }

  /// The chance of a crisis a month, by need level (`escalation.crisisMonthlyProbability`):
  /// 0 unless the file says, and only at home.
  mutating func readCrises(_ escalation: [String: JSONValue]?, levels: [NeedLevel]) -> [Double] {
    let path = "mechanisms.escalation.crisisMonthlyProbability"
    var crisis = Array(repeating: 0.0, count: levels.count)
    guard
      let fields = object(
        escalation?["crisisMonthlyProbability"], at: path, keys: Set(levels.map(\.name)),
        required: false)
    else { return crisis }
    for (index, level) in levels.enumerated() {
      crisis[index] = probability(fields, level.name, at: path, default: 0)
      if crisis[index] > 0 && level.kind != .community {
        report(
          "\(path).\(level.name)", .invalid(reason: "crises happen only at home (community levels)")
        )
      }
    }
    return crisis
  }

  /// Euros per payer (`wmo`, `zvw`, `wlz`), each in ``NumberRange/amount``; absent payers are 0.
  mutating func funderAmounts(_ value: JSONValue?, at path: String, required: Bool = false)
    -> FunderAmounts
  {
    let fields = object(value, at: path, keys: ["wmo", "zvw", "wlz"], required: required)
    return FunderAmounts(
      wmo: number(fields, "wmo", at: path, allowed: .amount, default: 0),
      zvw: number(fields, "zvw", at: path, allowed: .amount, default: 0),
      wlz: number(fields, "wlz", at: path, allowed: .amount, default: 0))
  }

  /// The highest level at which residents may take part: the level at home the file names, or
  /// the highest at home.
  mutating func readEligibleLevel(_ fields: [String: JSONValue]?, levels: [NeedLevel]) -> Int {
    let atHome = levels.filter { $0.kind == .community }.map(\.name)
    let eligible = choice(
      fields, "maximumEligibleLevel", at: "intervention", choices: atHome,
      default: atHome.last ?? "")
    return eligible.flatMap { name in levels.firstIndex { $0.name == name } } ?? 0
  }

  /// The funding split's shares sum to 1.
  mutating func checkFundingSplit(_ split: FunderAmounts, written fields: [String: JSONValue]) {
    let path = "fundingSplit"
    checkShares(
      Funder.payers.map { split[$0] }, of: path,
      writtenAt: Funder.payers.map(\.description).filter { fields[$0] != nil }.map {
        Self.join(path, $0)
      })
  }
}
