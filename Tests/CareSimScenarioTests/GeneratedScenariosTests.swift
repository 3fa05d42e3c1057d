import CareSimCore
import Testing

/// The generated scenarios are only as good a test as their spread: every template is drawn, every
/// mechanism acts in some scenarios and not in others, and each kind of what-if setting mostly
/// shares the work it is meant to share.
@Suite struct GeneratedScenariosTests {
  /// Enough scenarios that each coin of the generator falls both ways.
  static let drawn = (0..<120 as Range<UInt64>).map(GeneratedScenarios.scenario(seed:))

  @Test func scenariosDependOnlyOnTheirSeed() {
    let again = GeneratedScenarios.scenario(seed: 7)
    #expect(again.parameters == Self.drawn[7].parameters)
    #expect(again.settings.map(\.parameters) == Self.drawn[7].settings.map(\.parameters))
    #expect(Self.drawn[7].parameters != Self.drawn[8].parameters)
  }

  @Test func everyTemplateIsDrawn() {
    let templates = Set(Self.drawn.map(\.template))
    #expect(templates.count == GeneratedScenarios.shipped.count, "\(templates.sorted())")
  }

  @Test(arguments: Mechanism.allCases)
  func everyMechanismActsInSomeScenariosAndNotInOthers(_ mechanism: Mechanism) {
    let acting = Self.drawn.count { mechanism.acts(in: $0.parameters) }
    #expect(acting > 10 && acting < Self.drawn.count - 10, "\(mechanism) acts in \(acting)")
  }

  /// Ratios for men are part of the covariates mechanism: drawn on and off of their own.
  @Test func ratiosForMenAreOnInSomeScenariosAndNotInOthers() {
    let withRatios = Self.drawn.count { $0.parameters.covariates.male != .none }
    #expect(withRatios > 10 && withRatios < Self.drawn.count - 10, "\(withRatios)")
  }

  /// The threshold settings change each kind of threshold in some scenarios: the need move's
  /// rows, the ratios per year of age, the crisis probabilities and death after a crisis among
  /// them, which the control run's watch reads from the setting's own tables.
  @Test func thresholdSettingsChangeEveryKindOfThreshold() {
    let pairs = Self.drawn.flatMap { drawn in
      drawn.settings.filter { $0.kind == .threshold || $0.kind == .combined }.map {
        (base: drawn.parameters, setting: $0.parameters)
      }
    }
    func differ<Value: Equatable>(
      _ field: KeyPath<ScenarioParameters, Value>
    ) -> (ScenarioParameters, ScenarioParameters) -> Bool {
      { $0[keyPath: field] != $1[keyPath: field] }
    }
    let kinds: [(String, (ScenarioParameters, ScenarioParameters) -> Bool)] = [
      ("transitions", differ(\.transitions)),
      ("ratios per year of age", differ(\.covariates.agePerYear)),
      ("levels' ratios per year of age", differ(\.covariates.agePerYearByLevel)),
      ("reference age", differ(\.covariates.referenceAge)),
      ("crisis probabilities", differ(\.mechanisms.escalation.crisisMonthlyProbability)),
      ("death after a crisis", differ(\.mechanisms.escalation.crisisDeathProbability)),
      ("ratios for men", differ(\.covariates.male)),
      ("signalling", differ(\.mechanisms.signalling.monthlyProbability)),
    ]
    for (name, differs) in kinds {
      let changed = pairs.count { differs($0.base, $0.setting) }
      #expect(changed >= 5, "\(name) changed in \(changed) settings")
    }
  }

  @Test func capacityIsLimitedInSomeScenariosAndBinds() {
    let limited = Self.drawn.filter { $0.parameters.intervention.capacity.coordinatorSlots != nil }
    #expect(limited.count > 20 && limited.count < Self.drawn.count - 20)
  }

  @Test func drawnScenariosAreValid() {
    for drawn in Self.drawn {
      for parameters in [drawn.parameters] + drawn.settings.map(\.parameters) {
        let signalling = parameters.mechanisms.signalling
        #expect(signalling.participantMonthlyProbability >= signalling.monthlyProbability)
        #expect(parameters.transitions.allSatisfy { $0.reduce(0, +) <= 1 }, "\(drawn)")
        for (level, probability) in parameters.mechanisms.escalation.crisisMonthlyProbability
          .enumerated()
        where probability > 0 {
          #expect(parameters.needLevels[level].kind == .community, "\(drawn)")
        }
        #expect(
          parameters.needLevels[parameters.intervention.maximumEligibleLevel].kind == .community)
      }
    }
  }

  /// Which share of each kind of setting shares what it is meant to share with its base.
  @Test(arguments: GeneratedScenarios.SettingKind.allCases)
  func eachKindOfSettingSharesWhatItShould(_ kind: GeneratedScenarios.SettingKind) {
    let pairs = Self.drawn.map { drawn in
      (base: drawn.parameters, setting: drawn.settings.first { $0.kind == kind }!.parameters)
    }
    let sharing = pairs.count { base, setting in
      switch kind {
      case .price:
        setting != base && setting.countingProjection == base.countingProjection
      case .threshold, .uptake, .combined:
        setting.branchingProjection == base.branchingProjection
          && setting.uptakeProjection != base.uptakeProjection
      case .afterUptake:
        setting != base && setting.uptakeProjection == base.uptakeProjection
      case .interventionOnly:
        setting.controlArmProjection == base.controlArmProjection
          && setting.branchingProjection != base.branchingProjection
      case .controlArm:
        setting.controlArmProjection != base.controlArmProjection
      }
    }
    #expect(sharing * 10 >= pairs.count * 9, "\(kind): \(sharing) of \(pairs.count)")
  }
}
