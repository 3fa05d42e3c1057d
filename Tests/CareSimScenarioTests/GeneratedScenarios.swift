import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation

/// Scenarios drawn from the shipped scenarios' ranges and distributions, with every mechanism
/// switched on or off, capacity limited or not, and small populations: the inputs of the tests
/// that compare the engine's paths (collections' seeded exhaustive tests, STYLE.md).
///
/// A scenario depends only on its seed, so a failing seed names its scenario exactly.
enum GeneratedScenarios {
  /// The shipped scenarios, the templates and the source of every range and distribution.
  static let shipped: [Scenario] = {
    RepositoryFiles.shippedScenarios.map { name in
      do {
        return try Scenario.load(from: RepositoryFiles.scenario(name))
      } catch {
        preconditionFailure("Scenarios/\(name) does not load: \(error)")
      }
    }
  }()

  /// How many scenarios the equivalence tests draw: `CARESIM_EQUIVALENCE_SCENARIOS` when set (the
  /// CI runs a few hundred), a few dozen otherwise.
  static let count: Int = {
    let text = ProcessInfo.processInfo.environment["CARESIM_EQUIVALENCE_SCENARIOS"] ?? ""
    return Int(text).map { max(1, $0) } ?? 36
  }()

  static var seeds: [UInt64] { (0..<UInt64(count)).map { $0 } }

  /// A drawn scenario: where it comes from, and its what-if settings of every kind.
  struct Drawn: CustomStringConvertible {
    var seed: UInt64
    var template: String
    var parameters: ScenarioParameters
    var settings: [(kind: SettingKind, parameters: ScenarioParameters)]

    var description: String {
      "seed \(seed) (template \(template), \(parameters.residents) residents, "
        + "\(parameters.months) months)"
    }
  }

  /// The kinds of what-if setting, one for each way a setting can share work with its base.
  enum SettingKind: String, CaseIterable, Sendable {
    /// Prices only: counts the base's counts again.
    case price
    /// A threshold of the control arm's draws: branches off the base's control run.
    case threshold
    /// Uptake only: the base's control run notes when residents take up.
    case uptake
    /// What the intervention does after uptake: moves only the reached residents again.
    case afterUptake
    /// Who starts taking part: reuses the base's control arm.
    case interventionOnly
    /// The control arm itself: a plain run.
    case controlArm
    /// A threshold, a price and the intervention after uptake at once.
    case combined
  }

  /// The scenario of `seed`.
  static func scenario(seed: UInt64) -> Drawn {
    var random = SplitMix64(seed: SplitMix64.mix(seed ^ 0x4551_5549_5641_4C00))
    let template = shipped[Int.random(in: 0..<shipped.count, using: &random)]
    var parameters = drawRanges(of: template, using: &random)
    parameters.residents = Int.random(in: 8...120, using: &random)
    parameters.months = Int.random(in: 3...36, using: &random)
    switchMechanisms(&parameters, using: &random)
    let settings = SettingKind.allCases.map { kind in
      (kind, setting(kind, of: parameters, using: &random))
    }
    return Drawn(
      seed: seed, template: URL(fileURLWithPath: template.file).lastPathComponent,
      parameters: parameters, settings: settings)
  }

  /// The template with about half its ranged fields drawn.
  ///
  /// A field is drawn from its distribution where it has one, uniformly within its range
  /// otherwise; a draw the file refuses is left out.
  static func drawRanges(
    of template: Scenario, using random: inout SplitMix64
  ) -> ScenarioParameters {
    var values: [(path: String, value: Double)] = []
    for (path, range) in template.ranges.sorted(by: { $0.key < $1.key }) {
      guard Bool.random(using: &random) else { continue }
      let drawn =
        template.distributions[path]?.sample(using: &random)
        ?? Double.random(in: range, using: &random)
      values.append((path, min(range.upperBound, max(range.lowerBound, drawn))))
    }
    if let scenario = try? template.setting(values) { return scenario.parameters }
    var scenario = template
    for value in values {
      if let changed = try? scenario.setting([value]) { scenario = changed }
    }
    return scenario.parameters
  }

  /// Switches each mechanism on or off, with values inside the ranges the shipped files allow.
  static func switchMechanisms(
    _ parameters: inout ScenarioParameters, using random: inout SplitMix64
  ) {
    func chance(_ probability: Double) -> Bool {
      Double.random(in: 0..<1, using: &random) < probability
    }
    func draw(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }
    let community = parameters.needLevels.indices.filter {
      parameters.needLevels[$0].kind == .community
    }
    // Participation and capacity: sometimes nobody, sometimes everyone from the start, places
    // limited or not.
    var intervention = parameters.intervention
    intervention.maximumEligibleLevel = community.randomElement(using: &random) ?? 0
    let nobodyTakesPart = chance(0.2)
    intervention.initialParticipationShare =
      nobodyTakesPart || chance(0.2) ? 0 : chance(0.2) ? 1 : draw(0...0.5)
    intervention.monthlyUptakeProbability =
      nobodyTakesPart || chance(0.25) ? 0 : draw(0.002...0.08)
    intervention.uptakeRelativeRiskIfLonely = chance(0.5) ? 1 : draw(0.5...3)
    intervention.monthlyDropoutProbability = chance(0.4) ? 0 : draw(0.001...0.05)
    intervention.capacity =
      chance(0.5)
      ? .unlimited
      : Capacity(
        coordinatorSlots: Int.random(in: 0...max(1, parameters.residents / 4), using: &random),
        participantsPerVolunteer: chance(0.3) ? 0 : draw(0.5...10))
    intervention.volunteering =
      chance(0.35)
      ? .none
      : Volunteering(
        initialShareOfParticipants: draw(0...0.5), monthlyProbability: draw(0...0.06),
        monthlyDropoutProbability: draw(0...0.05))
    intervention.carerStrainMultiplier = chance(0.5) ? 1 : draw(0.3...1.5)
    intervention.costPerParticipantPerYear = draw(0...900)
    parameters.intervention = intervention

    // Loneliness and informal care.
    if chance(0.3) {
      parameters.informalCare.lonelinessOnset = 0
      parameters.informalCare.lonelinessResolution = 0
      parameters.intervention.participantLonelinessResolution = 0
    } else {
      parameters.informalCare.lonelinessOnset = draw(0...0.05)
      parameters.informalCare.lonelinessResolution = draw(0...0.1)
      parameters.intervention.participantLonelinessResolution = chance(0.3) ? 0 : draw(0...0.1)
    }
    if chance(0.25) {
      parameters.population.carerLivingAlone = 0
      parameters.population.carerLivingWithOthers = 0
    } else {
      parameters.population.carerLivingAlone = draw(0...0.8)
      parameters.population.carerLivingWithOthers = draw(0...0.9)
      parameters.informalCare.breakdownThreshold = draw(0.2...1)
      parameters.informalCare.strainRecoveryPerMonth = draw(0...0.03)
      for level in community { parameters.needLevels[level].carerStrainPerMonth = draw(0...0.08) }
    }

    // Covariates: each ratio kept, switched off, or borrowed from the default scenario.
    let borrowed = shipped.map(\.parameters.covariates).first { $0.loneliness != .none }
    if chance(0.2) {
      parameters.covariates = .none
    } else if let borrowed, chance(0.5) {
      parameters.covariates = borrowed
    }
    if chance(0.3) { parameters.covariates.agePerYear = .none }
    if chance(0.3) { parameters.covariates.loneliness = .none }
    if chance(0.3) { parameters.covariates.carerBreakdown = .none }
    if chance(0.3) { parameters.covariates.qualityOfLifePerTenthBelow = .none }
    if chance(0.3) { parameters.covariates.unmetNeed = .none }
    // Men's ratios: none in the shipped files, so drawn here, on in about half the scenarios.
    parameters.covariates.male =
      chance(0.5)
      ? .none
      : HazardRatios(progression: draw(0.8...1.3), admission: draw(0.8...1.3), death: draw(1...1.8))

    // Quality of life: exactly the level's utility, or drifting with shocks and a threshold.
    if chance(0.3) {
      parameters.qualityOfLife.adjustmentRate = 1
      parameters.qualityOfLife.ageDeclinePerYear = 0
      parameters.qualityOfLife.lonelinessDecrement = 0
      parameters.qualityOfLife.participationGain = 0
      parameters.qualityOfLife.volunteerGain = 0
      parameters.qualityOfLife.monthlyShockSD = 0
      parameters.qualityOfLife.minimumForLivingAtHome = nil
    } else {
      parameters.qualityOfLife.adjustmentRate = draw(0.05...1)
      parameters.qualityOfLife.ageDeclinePerYear = draw(0...0.02)
      parameters.qualityOfLife.lonelinessDecrement = draw(0...0.08)
      parameters.qualityOfLife.participationGain = draw(0...0.06)
      parameters.qualityOfLife.volunteerGain = draw(0...0.04)
      parameters.qualityOfLife.monthlyShockSD = draw(0...0.05)
      parameters.qualityOfLife.minimumForLivingAtHome = chance(0.4) ? nil : draw(0.3...0.6)
    }

    // The five mechanisms and extra care.
    var mechanisms = parameters.mechanisms
    let signalling = chance(0.3) ? 1 : draw(0.05...1)
    mechanisms.signalling = Signalling(
      monthlyProbability: signalling, participantMonthlyProbability: draw(signalling...1))
    mechanisms.prevention.relativeRisk = chance(0.25) ? 1 : draw(0.5...1.1)
    mechanisms.escalation.crisisMonthlyProbability = parameters.needLevels.indices.map {
      community.contains($0) && !chance(0.3) ? draw(0...0.03) : 0
    }
    if chance(0.25) {
      mechanisms.escalation.crisisMonthlyProbability = parameters.needLevels.map { _ in 0 }
    }
    mechanisms.escalation.crisisAdmissionProbability = draw(0...0.5)
    mechanisms.escalation.crisisQualityOfLifeLoss = draw(0...0.1)
    mechanisms.escalation.participantRelativeRisk = chance(0.3) ? 1 : draw(0.5...1)
    mechanisms.escalation.crisisCost = FunderAmounts(zvw: draw(1000...6000))
    mechanisms.substitution = Substitution(
      share: chance(0.3) ? 0 : draw(0.02...0.4), remainingCostShare: draw(0...1),
      funders: chance(0.5) ? [.wmo] : [.wmo, .zvw], informalHoursPerWeek: draw(0...3),
      requiresVolunteer: chance(0.5), atEnrolment: chance(0.3))
    mechanisms.efficiency = Efficiency(
      costMultiplier: chance(0.3) ? 1 : draw(0.8...1.05), funders: chance(0.2) ? [] : [.wmo])
    mechanisms.extraCare =
      chance(0.5)
      ? .none
      : ExtraCare(
        trajectoriesPerParticipantYear: draw(0.1...1.5),
        costPerTrajectory: FunderAmounts(wmo: draw(300...2000)))
    parameters.mechanisms = mechanisms

    // Care costs by age: none in the shipped files, so drawn here, for some payers, in about half
    // the scenarios; boundaries among the ages the residents have.
    parameters.costsByAge = .none
    if chance(0.5) {
      for funder in Funder.payers where chance(0.6) {
        var age = Int.random(in: 60...80, using: &random)
        parameters.costsByAge.bands[funder] = (0..<Int.random(in: 1...3, using: &random)).map {
          _ in
          defer { age += Int.random(in: 1...12, using: &random) }
          return CareCostsByAge.Band(fromAge: age, factor: draw(0.5...2))
        }
      }
    }

    // Age bands' own need mixes (the default scenario has them): kept, dropped or drawn, for
    // each band, with the population's mix drawn for the bands left without one.
    if chance(0.5) {
      func mix() -> [Double] {
        let weights = parameters.needLevels.map { $0.kind == .dead ? 0 : draw(0...1) }
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weights.map { _ in 0 }
      }
      for band in parameters.population.ageBands.indices {
        parameters.population.ageBands[band].initialNeedShares = chance(0.4) ? nil : mix()
      }
      if parameters.population.initialNeedShares.reduce(0, +) == 0 {
        parameters.population.initialNeedShares = mix()
      }
    }

    // Entrants: none in the shipped files, so drawn here, in about half the scenarios: up to
    // three a month, with the initial population's mix or younger and healthier.
    parameters.entrants = nil
    if chance(0.5) {
      var mix = parameters.population
      if chance(0.6), let first = community.first, let last = community.last {
        mix.ageBands = [.init(minimumAge: 65, maximumAge: 66, share: 1)]
        mix.femaleShare = draw(0.3...0.7)
        mix.initialNeedShares = parameters.needLevels.map { _ in 0 }
        let healthy = draw(0.6...1)
        mix.initialNeedShares[first] = healthy
        mix.initialNeedShares[last] += 1 - healthy
      }
      parameters.entrants = Entrants(perMonth: draw(0.05...3), profile: mix)
    }

    // Mortality and the Wlz's choice (the default scenario has them): levels' own ratios per
    // year of age, death after a crisis, and care at home instead of admission.
    if chance(0.5) {
      parameters.covariates.agePerYearByLevel = parameters.needLevels.indices.map { _ in
        chance(0.5)
          ? nil
          : HazardRatios(
            progression: draw(1...1.05), admission: draw(1...1.1), death: draw(1...1.12))
      }
    }
    parameters.mechanisms.escalation.crisisDeathProbability = chance(0.5) ? 0 : draw(0...0.3)
    parameters.careAtHome = nil
    if chance(0.5), let highest = community.last,
      parameters.needLevels.contains(where: { $0.kind == .institutional })
    {
      parameters.careAtHome = CareAtHome(level: highest, share: draw(0...1))
    }

    // A lived start (the default scenario's): each resident's history from the youngest age of
    // its population, whose shares are then the mix at that age; bands' own mixes go.
    let living = parameters.needLevels.map { $0.kind == .dead ? 0.0 : 1.0 }
    let evenMix = living.map { $0 / living.reduce(0, +) }
    func lived(_ population: inout PopulationProfile) {
      population.start = .lived(fromAge: population.ageBands.map(\.minimumAge).min() ?? 65)
      for band in population.ageBands.indices { population.ageBands[band].initialNeedShares = nil }
      if population.initialNeedShares.reduce(0, +) == 0 { population.initialNeedShares = evenMix }
    }
    if chance(0.3) { lived(&parameters.population) }
    if var entrants = parameters.entrants, chance(0.3) {
      lived(&entrants.profile)
      parameters.entrants = entrants
    }
  }

  /// A what-if setting of `kind` of `base`, valid as `base` is.
  static func setting(
    _ kind: SettingKind, of base: ScenarioParameters, using random: inout SplitMix64
  ) -> ScenarioParameters {
    func draw(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }
    var setting = base
    switch kind {
    case .price:
      for index in setting.needLevels.indices {
        setting.needLevels[index].annualCareCost =
          base.needLevels[index].annualCareCost
          * draw(0.5...1.5)
        setting.needLevels[index].informalCareHoursPerWeek += draw(0...2)
      }
      setting.informalCare.shadowPricePerHour += draw(0...5)
      setting.mechanisms.escalation.crisisCost = FunderAmounts(zvw: draw(1000...9000))
      setting.mechanisms.substitution.remainingCostShare = draw(0...1)
      setting.intervention.fixedCostPerYear = draw(0...90_000)
      setting.intervention.replacedServicesAnnualCost = FunderAmounts(wmo: draw(0...5000))
      setting.discounting = DiscountRates(costs: draw(0...0.06), effects: draw(0...0.04))
      setting.valuePerQALY = draw(20_000...80_000)
      // The factors of care costs by age are prices; the ages at which bands start are not.
      // In the payers' order: a dictionary's order changes from run to run.
      for funder in Funder.payers {
        setting.costsByAge.bands[funder] = base.costsByAge.bands[funder]?.map {
          CareCostsByAge.Band(fromAge: $0.fromAge, factor: draw(0.5...2))
        }
      }
    case .threshold:
      changeThreshold(&setting, using: &random)
    case .uptake:
      setting.intervention.monthlyUptakeProbability = draw(0...0.1)
      setting.intervention.uptakeRelativeRiskIfLonely = draw(0.5...3)
    case .afterUptake:
      changeAfterUptake(&setting, using: &random)
    case .interventionOnly:
      setting.intervention.initialParticipationShare = draw(0...1)
      changeAfterUptake(&setting, using: &random)
    case .controlArm:
      let from = Int.random(in: 0..<setting.transitions.count, using: &random)
      let row = setting.transitions[from]
      if let to = row.indices.first(where: { $0 != from && row[$0] > 0 }) {
        setting.transitions[from][to] *= draw(0.5...1)
      }
      setting.informalCare.lonelinessOnset = draw(0...0.05)
      if let entrants = setting.entrants {
        setting.entrants?.perMonth = entrants.perMonth * draw(0.5...1.5)
      }
    case .combined:
      changeThreshold(&setting, using: &random)
      changeAfterUptake(&setting, using: &random)
      setting.intervention.monthlyUptakeProbability = draw(0...0.1)
      setting.informalCare.shadowPricePerHour += draw(0...5)
    }
    return setting
  }

  /// Changes one or two thresholds of the control arm's draws.
  static func changeThreshold(_ setting: inout ScenarioParameters, using random: inout SplitMix64) {
    func draw(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }
    func ratios() -> HazardRatios {
      HazardRatios(progression: draw(0.7...2.5), admission: draw(0.7...3), death: draw(0.8...1.6))
    }
    let living = setting.needLevels.indices.filter { setting.needLevels[$0].kind != .dead }
    let community = living.filter { setting.needLevels[$0].kind == .community }
    for _ in 0..<Int.random(in: 1...2, using: &random) {
      switch Int.random(in: 0..<12, using: &random) {
      case 0: setting.covariates.loneliness = ratios()
      case 1: setting.covariates.carerBreakdown = ratios()
      case 2: setting.covariates.unmetNeed = ratios()
      case 3: setting.covariates.male = ratios()
      case 4:
        let participant = setting.mechanisms.signalling.participantMonthlyProbability
        setting.mechanisms.signalling.monthlyProbability = draw(0...participant)
      case 5:
        setting.mechanisms.escalation.crisisAdmissionProbability = draw(0...0.8)
      case 6:
        // A move of a living level: from 0 to positive, to 0, or up or down, the row still
        // summing to at most 1.
        guard let from = living.randomElement(using: &random),
          let to = setting.transitions[from].indices.filter({ $0 != from })
            .randomElement(using: &random)
        else { break }
        let row = setting.transitions[from]
        let room = max(0, 1 - row.reduce(0, +) + row[to])
        setting.transitions[from][to] =
          row[to] > 0 && Bool.random(using: &random)
          ? 0 : draw(0...min(room, max(2 * row[to], 0.02)))
      case 7:
        // Ratios per year of age: the common ones, a level's own, or their reference age.
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
          setting.covariates.agePerYear = HazardRatios(
            progression: draw(0.98...1.05), admission: draw(0.98...1.1), death: draw(1...1.12))
        case 1:
          guard let level = living.randomElement(using: &random) else { break }
          var byLevel = setting.covariates.agePerYearByLevel
          if byLevel.isEmpty { byLevel = setting.needLevels.map { _ in nil } }
          byLevel[level] = HazardRatios(
            progression: draw(1...1.05), admission: draw(1...1.1), death: draw(1...1.12))
          setting.covariates.agePerYearByLevel = byLevel
        default:
          setting.covariates.referenceAge = draw(60...75)
        }
      case 8:
        // A level's crisis probability: from 0 to positive, to 0, or up or down.
        guard let level = community.randomElement(using: &random) else { break }
        let crisis = setting.mechanisms.escalation.crisisMonthlyProbability[level]
        setting.mechanisms.escalation.crisisMonthlyProbability[level] =
          crisis > 0 && Bool.random(using: &random) ? 0 : draw(0.001...0.04)
      case 9:
        // The shares residents are drawn from: of the initial residents or of the entrants;
        // whether anyone has a carer stays (it decides whether carers can break down).
        let entrants = setting.entrants.flatMap { Bool.random(using: &random) ? $0 : nil }
        let ofEntrants = entrants != nil
        var population = entrants?.profile ?? setting.population
        switch Int.random(in: 0..<3, using: &random) {
        case 0: population.livingAloneShare = draw(0...1)
        case 1: population.lonelinessLivingWithOthers = draw(0...1)
        default:
          if population.carerLivingAlone > 0 || population.carerLivingWithOthers > 0 {
            population.carerLivingAlone = draw(0.05...1)
          } else {
            population.femaleShare = draw(0...1)
          }
        }
        if ofEntrants {
          setting.entrants?.profile = population
        } else {
          setting.population = population
        }
      case 10:
        // A level's utility or its carer strain.
        guard let level = living.randomElement(using: &random) else { break }
        if Bool.random(using: &random) {
          setting.needLevels[level].utility = draw(0.2...0.95)
        } else {
          setting.needLevels[level].carerStrainPerMonth = draw(0...0.08)
        }
      default:
        setting.mechanisms.escalation.crisisDeathProbability = draw(0...0.4)
      }
    }
  }

  /// Changes what the intervention does once residents take part.
  static func changeAfterUptake(
    _ setting: inout ScenarioParameters, using random: inout SplitMix64
  ) {
    func draw(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }
    setting.mechanisms.prevention.relativeRisk = draw(0.5...1.1)
    setting.mechanisms.signalling.participantMonthlyProbability = draw(
      setting.mechanisms.signalling.monthlyProbability...1)
    setting.mechanisms.escalation.participantRelativeRisk = draw(0.5...1)
    setting.mechanisms.substitution.share = draw(0...0.4)
    setting.mechanisms.substitution.requiresVolunteer = Bool.random(using: &random)
    setting.mechanisms.efficiency.costMultiplier = Bool.random(using: &random) ? 1 : draw(0.8...1)
    setting.mechanisms.extraCare.trajectoriesPerParticipantYear = draw(0...1)
    setting.intervention.monthlyDropoutProbability = draw(0...0.05)
    setting.intervention.volunteering.monthlyProbability = draw(0...0.06)
    setting.intervention.participantLonelinessResolution = draw(0...0.1)
    setting.qualityOfLife.participationGain = draw(0...0.06)
    if Bool.random(using: &random) {
      setting.intervention.capacity = Capacity(
        coordinatorSlots: Int.random(in: 0...max(1, setting.residents / 3), using: &random),
        participantsPerVolunteer: draw(0...8))
    }
  }
}
