/// Entrants: residents who arrive during the run. They act in the drivers, not in the month's
/// step: ``Simulation/makeResidents(seed:replication:)`` builds them after the initial residents,
/// with the entrants' mix and their arrival months; the month-by-month driver lets each join in
/// the month it arrives, and the resident-by-resident driver starts each there (see
/// ``MonthlyStepper/recordUptake(profiles:controlStates:interventionStates:months:stepWatch:)``).
/// Before arriving a resident is in no tally, so it costs nothing and is not alive; from then on
/// it is moved as anyone is, in both arms alike until it takes up the intervention.
extension StepConstants {
  /// The entrants' constants: how many arrive in a month.
  struct Entrants: StepMechanism {
    var perMonth: Double

    init(_ parameters: ScenarioParameters) {
      perMonth = parameters.entrants?.perMonth ?? 0
    }

    var acts: Bool { perMonth > 0 }

    /// The entrants of month `month` (see ``CareSimCore/Entrants``).
    func arrivals(inMonth month: Int) -> Int {
      CareSimCore.Entrants.arrivals(perMonth: perMonth, inMonth: month)
    }

    /// Entrants arrive in both arms, are no price and read nothing of the intervention: every
    /// what-if projection keeps them.
    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake, .uptake, .prices: break
      }
    }
  }
}
