import CareSimCore
import JSON5

/// The scenario schema: which fields exist, their ranges and their defaults.
///
/// Every mechanism defaults to "off" (ratios 1, probabilities 0, signalling immediate), so a file
/// states only what its study supports and everything else is visibly absent.
extension ScenarioReader {
  mutating func readScenario(_ json: JSONValue)
    -> (Scenario.Metadata, ScenarioParameters, Scenario.RunDefaults)?
  {
    let root = object(
      json, at: "",
      keys: [
        "metadata", "simulation", "discounting", "valuePerQALY", "needLevels", "transitions",
        "population", "qualityOfLife", "covariates", "mechanisms", "intervention", "informalCare",
        "fundingSplit", "workshop", "costsByAge", "careAtHome", "calibration",
      ])
    guard let root else { return nil }
    workshop = readWorkshop(root["workshop"])
    calibration = readCalibration(root["calibration"])

    let metadata = readMetadata(root["metadata"])
    let simulation = object(
      root["simulation"], at: "simulation", keys: ["residents", "months", "replications", "seed"])
    let residents = integer(
      simulation, "residents", at: "simulation", allowed: 1...ScenarioLimits.residents)
    let months = integer(simulation, "months", at: "simulation", allowed: 1...ScenarioLimits.months)
    let replications = integer(
      simulation, "replications", at: "simulation", allowed: 1...ScenarioLimits.replications,
      default: 1000)
    let seed = integer(
      simulation, "seed", at: "simulation", allowed: 0...Int(Int32.max), default: 1)

    let levels = readNeedLevels(root["needLevels"])
    let names = levels.map(\.name)
    let transitions = readTransitions(root["transitions"], levels: levels)
    let costsByAge = readCostsByAge(root["costsByAge"])
    let institutional = levels.filter { $0.kind == .institutional }.map(\.name)
    let (population, entrants) = readPopulation(root["population"], names: names, levels: levels)
    checkEntrants(entrants, residents: residents, months: months)
    let quality = readQualityOfLife(
      root["qualityOfLife"], names: names, institutional: institutional)
    let covariates = readCovariates(root["covariates"], names: names)
    let mechanisms = readMechanisms(root["mechanisms"], names: names, levels: levels)
    let intervention = readIntervention(root["intervention"], names: names, levels: levels)
    let informal = readInformalCare(root["informalCare"])
    let split = readFundingSplit(root["fundingSplit"])
    let careAtHome = readCareAtHome(root["careAtHome"], levels: levels)
    let discounting = object(
      root["discounting"], at: "discounting", keys: ["costs", "effects"], required: false)
    let rates = DiscountRates(
      costs: number(
        discounting, "costs", at: "discounting", allowed: NumberRange(0, 1),
        default: DiscountRates.dutchGuideline.costs),
      effects: number(
        discounting, "effects", at: "discounting", allowed: NumberRange(0, 1),
        default: DiscountRates.dutchGuideline.effects))
    let valuePerQALY = number(
      root, "valuePerQALY", at: "", allowed: NumberRange(0, ScenarioLimits.valuePerQALY),
      default: 50_000)

    if institutional.isEmpty {
      if quality.minimumForLivingAtHome != nil {
        report(
          "qualityOfLife.minimumForLivingAtHome",
          .invalid(reason: "admits residents, but no need level has kind \"institutional\""))
      }
      if careAtHome != nil {
        report(
          "careAtHome",
          .invalid(
            reason: "is a choice against admission, but no need level has kind \"institutional\""))
      }
      if mechanisms.escalation.crisisAdmissionProbability > 0 {
        report(
          "mechanisms.escalation.crisisAdmissionProbability",
          .invalid(reason: "admits residents, but no need level has kind \"institutional\""))
      }
    }
    guard errors.isEmpty else { return nil }
    let parameters = ScenarioParameters(
      residents: residents, months: months, needLevels: levels, transitions: transitions,
      population: population, qualityOfLife: quality, covariates: covariates,
      mechanisms: mechanisms, intervention: intervention, informalCare: informal,
      fundingSplit: split, discounting: rates, valuePerQALY: valuePerQALY, costsByAge: costsByAge,
      entrants: entrants, careAtHome: careAtHome)
    return (
      metadata, parameters, Scenario.RunDefaults(replications: replications, seed: UInt64(seed))
    )
  }

  mutating func readMetadata(_ value: JSONValue?) -> Scenario.Metadata {
    let path = "metadata"
    let fields = object(
      value, at: path,
      keys: ["title", "study", "region", "year", "currencyYear", "description"], required: false)
    return Scenario.Metadata(
      title: string(fields, "title", at: path) ?? "Untitled scenario",
      study: string(fields, "study", at: path),
      region: string(fields, "region", at: path),
      year: fields?["year"] == nil ? nil : integer(fields, "year", at: path, allowed: 1900...2200),
      currencyYear: fields?["currencyYear"] == nil
        ? nil : integer(fields, "currencyYear", at: path, allowed: 1900...2200),
      description: string(fields, "description", at: path))
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
    for (index, item) in items.enumerated() {
      let itemPath = "\(path).\(index)"
      let fields = object(
        item, at: itemPath,
        keys: [
          "name", "kind", "utility", "annualCost", "informalCareHoursPerWeek",
          "carerStrainPerMonth",
        ])
      let name = string(fields, "name", at: itemPath, required: true) ?? "level\(index)"
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
    let sum = shares.reduce(0, +)
    if abs(sum - 1) > 1e-9 {
      report(path, .invalid(reason: "shares sum to \(sum); they must sum to 1"))
    }
    return shares
  }

  /// Reads the quality-of-life model; residents are admitted only to an institutional level.
  mutating func readQualityOfLife(_ value: JSONValue?, names: [String], institutional: [String])
    -> QualityOfLifeModel
  {
    let path = "qualityOfLife"
    let fields = object(
      value, at: path,
      keys: [
        "adjustmentRate", "ageDeclinePerYear", "referenceAge", "lonelinessDecrement",
        "participationGain", "volunteerGain", "monthlyShockSD", "minimumForLivingAtHome",
        "admissionLevel",
      ], required: false)
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
    var minimum: Double?
    if let threshold = fields?["minimumForLivingAtHome"], threshold != .null {
      minimum = number(threshold, at: "\(path).minimumForLivingAtHome", allowed: .unit)
    }
    return QualityOfLifeModel(
      adjustmentRate: number(fields, "adjustmentRate", at: path, allowed: .unit, default: 1),
      ageDeclinePerYear: number(fields, "ageDeclinePerYear", at: path, allowed: .unit, default: 0),
      referenceAge: number(
        fields, "referenceAge", at: path, allowed: NumberRange(0, 120), default: 65),
      lonelinessDecrement: number(
        fields, "lonelinessDecrement", at: path, allowed: .unit, default: 0),
      participationGain: number(fields, "participationGain", at: path, allowed: .unit, default: 0),
      volunteerGain: number(fields, "volunteerGain", at: path, allowed: .unit, default: 0),
      monthlyShockSD: number(
        fields, "monthlyShockSD", at: path, allowed: NumberRange(0, 0.5), default: 0),
      minimumForLivingAtHome: minimum,
      admissionLevel: admission.flatMap { names.firstIndex(of: $0) } ?? 0)
  }

  mutating func hazardRatios(_ value: JSONValue?, at path: String) -> HazardRatios {
    let fields = object(
      value, at: path, keys: ["progression", "admission", "death"], required: false)
    return HazardRatios(
      progression: number(fields, "progression", at: path, allowed: .ratio, default: 1),
      admission: number(fields, "admission", at: path, allowed: .ratio, default: 1),
      death: number(fields, "death", at: path, allowed: .ratio, default: 1))
  }

  mutating func readCovariates(_ value: JSONValue?, names: [String]) -> CovariateEffects {
    let path = "covariates"
    let fields = object(
      value, at: path,
      keys: [
        "agePerYear", "agePerYearByLevel", "referenceAge", "loneliness", "carerBreakdown",
        "qualityOfLifePerTenthBelow", "referenceQualityOfLife", "unmetNeed", "male",
      ], required: false)
    let agePerYear = hazardRatios(fields?["agePerYear"], at: "\(path).agePerYear")
    return CovariateEffects(
      agePerYear: agePerYear,
      referenceAge: number(
        fields, "referenceAge", at: path, allowed: NumberRange(0, 120), default: 65),
      loneliness: hazardRatios(fields?["loneliness"], at: "\(path).loneliness"),
      carerBreakdown: hazardRatios(fields?["carerBreakdown"], at: "\(path).carerBreakdown"),
      qualityOfLifePerTenthBelow: hazardRatios(
        fields?["qualityOfLifePerTenthBelow"], at: "\(path).qualityOfLifePerTenthBelow"),
      referenceQualityOfLife: number(
        fields, "referenceQualityOfLife", at: path, allowed: .unit, default: 1),
      unmetNeed: hazardRatios(fields?["unmetNeed"], at: "\(path).unmetNeed"),
      // Men relative to women; absent, the sexes are alike.
      male: hazardRatios(fields?["male"], at: "\(path).male"),
      agePerYearByLevel: readAgePerYearByLevel(
        fields?["agePerYearByLevel"], names: names, common: agePerYear))
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
        death: number(fields, "death", at: levelPath, allowed: .ratio, default: common.death))
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

  mutating func readMechanisms(_ value: JSONValue?, names: [String], levels: [NeedLevel])
    -> Mechanisms
  {
    let path = "mechanisms"
    let fields = object(
      value, at: path,
      keys: ["signalling", "prevention", "escalation", "substitution", "efficiency", "extraCare"],
      required: false)

    let signallingPath = "\(path).signalling"
    let signalling = object(
      fields?["signalling"], at: signallingPath,
      keys: ["monthlyProbability", "participantMonthlyProbability"], required: false)
    let baseSignalling = probability(
      signalling, "monthlyProbability", at: signallingPath, default: 1)

    let preventionPath = "\(path).prevention"
    let prevention = object(
      fields?["prevention"], at: preventionPath, keys: ["relativeRisk"], required: false)

    let escalationPath = "\(path).escalation"
    let escalation = object(
      fields?["escalation"], at: escalationPath,
      keys: [
        "crisisMonthlyProbability", "crisisCost", "crisisQualityOfLifeLoss",
        "crisisAdmissionProbability", "crisisDeathProbability", "participantRelativeRisk",
      ], required: false)
    var crisis = Array(repeating: 0.0, count: names.count)
    let crisisPath = "\(escalationPath).crisisMonthlyProbability"
    if let crisisFields = object(
      escalation?["crisisMonthlyProbability"], at: crisisPath, keys: Set(names), required: false)
    {
      for (index, name) in names.enumerated() {
        crisis[index] = probability(crisisFields, name, at: crisisPath, default: 0)
        if crisis[index] > 0 && levels[index].kind != .community {
          report(
            "\(crisisPath).\(name)",
            .invalid(reason: "crises happen only at home (community levels)"))
        }
      }
    }

    let substitutionPath = "\(path).substitution"
    let substitution = object(
      fields?["substitution"], at: substitutionPath,
      keys: [
        "share", "remainingCostShare", "funders", "informalHoursPerWeek", "requiresVolunteer",
        "atEnrolment",
      ],
      required: false)

    let extraCarePath = "\(path).extraCare"
    let extraCare = object(
      fields?["extraCare"], at: extraCarePath,
      keys: ["trajectoriesPerParticipantYear", "costPerTrajectory"], required: false)

    let efficiencyPath = "\(path).efficiency"
    let efficiency = object(
      fields?["efficiency"], at: efficiencyPath, keys: ["costMultiplier", "funders"],
      required: false)

    return Mechanisms(
      signalling: Signalling(
        monthlyProbability: baseSignalling,
        // The intervention signals at least as well as the services without it.
        participantMonthlyProbability: number(
          signalling, "participantMonthlyProbability", at: signallingPath,
          allowed: NumberRange(baseSignalling, 1), default: baseSignalling)),
      prevention: Prevention(
        relativeRisk: number(
          prevention, "relativeRisk", at: preventionPath, allowed: .ratio, default: 1)),
      escalation: Escalation(
        crisisMonthlyProbability: crisis,
        crisisCost: funderAmounts(escalation?["crisisCost"], at: "\(escalationPath).crisisCost"),
        crisisQualityOfLifeLoss: probability(
          escalation, "crisisQualityOfLifeLoss", at: escalationPath, default: 0),
        crisisAdmissionProbability: probability(
          escalation, "crisisAdmissionProbability", at: escalationPath, default: 0),
        participantRelativeRisk: number(
          escalation, "participantRelativeRisk", at: escalationPath, allowed: .ratio, default: 1),
        crisisDeathProbability: probability(
          escalation, "crisisDeathProbability", at: escalationPath, default: 0)),
      substitution: Substitution(
        share: probability(substitution, "share", at: substitutionPath, default: 0),
        remainingCostShare: probability(
          substitution, "remainingCostShare", at: substitutionPath, default: 0),
        funders: funders(substitution, "funders", at: substitutionPath, default: [.wmo]),
        informalHoursPerWeek: number(
          substitution, "informalHoursPerWeek", at: substitutionPath, allowed: NumberRange(0, 168),
          default: 0),
        requiresVolunteer: bool(
          substitution, "requiresVolunteer", at: substitutionPath, default: false),
        atEnrolment: bool(substitution, "atEnrolment", at: substitutionPath, default: false)),
      efficiency: Efficiency(
        costMultiplier: number(
          efficiency, "costMultiplier", at: efficiencyPath, allowed: NumberRange(0, 10), default: 1),
        funders: funders(efficiency, "funders", at: efficiencyPath, default: [.wmo])),
      extraCare: ExtraCare(
        trajectoriesPerParticipantYear: number(
          extraCare, "trajectoriesPerParticipantYear", at: extraCarePath,
          allowed: NumberRange(0, 12),
          default: 0),
        costPerTrajectory: funderAmounts(
          extraCare?["costPerTrajectory"], at: "\(extraCarePath).costPerTrajectory")))
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

  mutating func readIntervention(_ value: JSONValue?, names: [String], levels: [NeedLevel])
    -> Intervention
  {
    let path = "intervention"
    let fields = object(
      value, at: path,
      keys: [
        "maximumEligibleLevel", "initialParticipationShare", "monthlyUptakeProbability",
        "uptakeRelativeRiskIfLonely", "monthlyDropoutProbability", "capacity", "volunteering",
        "participantLonelinessResolution", "carerStrainMultiplier", "fixedCostPerYear",
        "costPerParticipantPerYear", "replacedServicesAnnualCost",
      ], required: false)
    let communityNames = names.enumerated().filter { levels[$0.offset].kind == .community }.map(
      \.element)
    let eligible = choice(
      fields, "maximumEligibleLevel", at: path, choices: communityNames,
      default: communityNames.last ?? "")
    let capacityPath = "\(path).capacity"
    let capacity = object(
      fields?["capacity"], at: capacityPath,
      keys: ["coordinatorSlots", "participantsPerVolunteer"],
      required: false)
    var slots: Int?
    if let slotValue = capacity?["coordinatorSlots"], slotValue != .null {
      slots = integer(
        capacity, "coordinatorSlots", at: capacityPath, allowed: 0...ScenarioLimits.residents)
    }
    let volunteeringPath = "\(path).volunteering"
    let volunteering = object(
      fields?["volunteering"], at: volunteeringPath,
      keys: ["initialShareOfParticipants", "monthlyProbability", "monthlyDropoutProbability"],
      required: false)
    return Intervention(
      maximumEligibleLevel: eligible.flatMap { names.firstIndex(of: $0) } ?? 0,
      initialParticipationShare: probability(
        fields, "initialParticipationShare", at: path, default: 0),
      monthlyUptakeProbability: probability(
        fields, "monthlyUptakeProbability", at: path, default: 0),
      uptakeRelativeRiskIfLonely: number(
        fields, "uptakeRelativeRiskIfLonely", at: path, allowed: .ratio, default: 1),
      monthlyDropoutProbability: probability(
        fields, "monthlyDropoutProbability", at: path, default: 0),
      capacity: Capacity(
        coordinatorSlots: slots,
        participantsPerVolunteer: number(
          capacity, "participantsPerVolunteer", at: capacityPath, allowed: NumberRange(0, 1000),
          default: 0)),
      volunteering: Volunteering(
        initialShareOfParticipants: probability(
          volunteering, "initialShareOfParticipants", at: volunteeringPath, default: 0),
        monthlyProbability: probability(
          volunteering, "monthlyProbability", at: volunteeringPath, default: 0),
        monthlyDropoutProbability: probability(
          volunteering, "monthlyDropoutProbability", at: volunteeringPath, default: 0)),
      participantLonelinessResolution: probability(
        fields, "participantLonelinessResolution", at: path, default: 0),
      carerStrainMultiplier: number(
        fields, "carerStrainMultiplier", at: path, allowed: NumberRange(0, 10), default: 1),
      fixedCostPerYear: number(
        fields, "fixedCostPerYear", at: path,
        allowed: NumberRange(0, ScenarioLimits.programmeCostPerYear), default: 0),
      costPerParticipantPerYear: number(
        fields, "costPerParticipantPerYear", at: path, allowed: .amount, default: 0),
      replacedServicesAnnualCost: funderAmounts(
        fields?["replacedServicesAnnualCost"], at: "\(path).replacedServicesAnnualCost"))
  }

  mutating func readInformalCare(_ value: JSONValue?) -> InformalCareModel {
    let path = "informalCare"
    let fields = object(
      value, at: path,
      keys: [
        "shadowPricePerHour", "strainRecoveryPerMonth", "breakdownThreshold", "lonelinessOnset",
        "lonelinessResolution",
      ], required: false)
    return InformalCareModel(
      shadowPricePerHour: number(
        fields, "shadowPricePerHour", at: path,
        allowed: NumberRange(0, ScenarioLimits.shadowPricePerHour), default: 0),
      strainRecoveryPerMonth: probability(fields, "strainRecoveryPerMonth", at: path, default: 0),
      breakdownThreshold: number(
        fields, "breakdownThreshold", at: path, allowed: NumberRange(0.000_001, 1), default: 1),
      lonelinessOnset: probability(fields, "lonelinessOnset", at: path, default: 0),
      lonelinessResolution: probability(fields, "lonelinessResolution", at: path, default: 0))
  }

  mutating func readFundingSplit(_ value: JSONValue?) -> FunderAmounts {
    let path = "fundingSplit"
    let fields = object(value, at: path, keys: ["wmo", "zvw", "wlz"], required: false)
    guard let fields else { return FunderAmounts(wmo: 1) }
    let split = FunderAmounts(
      wmo: probability(fields, "wmo", at: path, default: 0),
      zvw: probability(fields, "zvw", at: path, default: 0),
      wlz: probability(fields, "wlz", at: path, default: 0))
    let sum = split.total
    if abs(sum - 1) > 1e-9 {
      report(path, .invalid(reason: "shares sum to \(sum); they must sum to 1"))
    }
    return split
  }
}
