/// Signalling: a need above the care served costs nothing until it is signalled, with a monthly
/// chance that is higher for participants, or until a crisis makes it visible. It acts in the
/// month's decisions (see `MonthlyStepper+Month.swift`); the care it starts is served by
/// `MonthlyStepper+Substitution.swift`.
extension StepConstants {
  /// The signalling mechanism's constants.
  struct Signalling: StepMechanism {
    /// For everyone without the intervention, and for non-participants with it.
    var chance: Chance
    /// For participants served in full.
    var participantProbability: Double

    init(_ parameters: ScenarioParameters) {
      chance = Chance(parameters.mechanisms.signalling.monthlyProbability)
      participantProbability = parameters.mechanisms.signalling.participantMonthlyProbability
    }

    /// Signalling delays care unless every need is signalled at once.
    var acts: Bool { chance.probability < 1 || participantProbability < 1 }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.mechanisms.signalling.participantMonthlyProbability = 0
      case .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// The month's signalling chance of a resident served with `intensity` (0 when not taking
  /// part).
  @inline(__always)
  func signallingProbability(intensity: Double) -> Double {
    let signalling = constants.signalling
    let probability = signalling.chance.probability
    return probability + (signalling.participantProbability - probability) * intensity
  }

  /// ``signallingProbability(intensity:)`` as a ``Chance``: the scenario's own, worked out once,
  /// for everyone not taking part (`p + (q - p) · 0` is `p`).
  @inline(__always)
  func signallingChance(intensity: Double) -> Chance {
    intensity == 0
      ? constants.signalling.chance : Chance(signallingProbability(intensity: intensity))
  }

  /// The signalling decision: whether a need above the care served is signalled this month.
  ///
  /// A pure function of its threshold, which the step calls with the scenario's and
  /// ``ThresholdWatch`` with each what-if setting's; a certain signal reads no draw.
  @inline(__always)
  static func isSignalled(_ chance: Chance, draws: some DecisionDraws) -> Bool {
    chance.isCertain || draws.happens(chance, .signalling)
  }
}
