/// Loneliness starts and resolves each month; taking part raises the chance that it resolves.
extension StepConstants {
  /// The loneliness mechanism's constants.
  struct Loneliness: StepMechanism {
    /// Monthly chances that loneliness starts, and that it resolves, without the intervention.
    var onset: Chance
    var resolution: Chance
    /// The monthly chance that a participant's loneliness resolves.
    var participantResolution: Double
    /// Whether loneliness can resolve at all, with or without the intervention.
    var canResolve: Bool

    init(_ parameters: ScenarioParameters) {
      onset = Chance(parameters.informalCare.lonelinessOnset)
      resolution = Chance(parameters.informalCare.lonelinessResolution)
      participantResolution = parameters.intervention.participantLonelinessResolution
      canResolve = resolution.isPossible || participantResolution > 0
    }

    var acts: Bool { onset.isPossible || canResolve }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.intervention.participantLonelinessResolution = 0
      case .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// Whether this month's loneliness phase can change the resident.
  @inline(__always)
  func lonelinessCanChange(_ state: ResidentState) -> Bool {
    state.isLonely ? constants.loneliness.canResolve : constants.loneliness.onset.isPossible
  }

  /// Loneliness starts and resolves; taking part raises the chance that it resolves.
  @inline(__always)
  func updateLoneliness(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    intensity: Double
  ) {
    let loneliness = constants.loneliness
    if state.isLonely {
      // Without taking part, the scenario's own chance, worked out once (`p + (q - p) · 0` is
      // `p`).
      let resolution =
        intensity == 0
        ? loneliness.resolution
        : Chance(
          loneliness.resolution.probability
            + (loneliness.participantResolution - loneliness.resolution.probability) * intensity)
      if resolution.isPossible && stream.happens(resolution, month: month, .lonelinessChange) {
        state.isLonely = false
      }
    } else if loneliness.onset.isPossible,
      stream.happens(loneliness.onset, month: month, .lonelinessChange)
    {
      state.isLonely = true
    }
  }
}
