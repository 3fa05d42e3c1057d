/// Where a result's figures come from: the scenario (title, file, hash, the files it extends, the
/// study it reproduces), the seed, the replications, the threads, the CareSim version, the command
/// line and the scenario's assumptions.
///
/// Every report shows it at its foot, so that no figure travels without its origin.
public struct ResultProvenance: Sendable, Equatable {
  /// A value the scenario marks as an assumption, with the range it might take and why.
  public struct Assumption: Sendable, Equatable {
    /// The field's path in the scenario.
    public var path: String
    public var value: Double
    public var range: (low: Double, high: Double)?
    public var source: String

    public init(path: String, value: Double, range: (low: Double, high: Double)?, source: String) {
      self.path = path
      self.value = value
      self.range = range
      self.source = source
    }

    // A tuple is not Equatable, so the range is compared by its ends.
    public static func == (a: Assumption, b: Assumption) -> Bool {
      a.path == b.path && a.value == b.value && a.source == b.source
        && a.range?.low == b.range?.low && a.range?.high == b.range?.high
    }
  }

  public var scenarioTitle: String
  /// The scenario's Dutch title, where its file gives one.
  public var scenarioTitleNL: String?
  public var scenarioFile: String
  public var scenarioHash: String
  /// The files the scenario's file extends, each as `FILE (HASH)`, its own base first.
  public var scenarioBases: [String]
  /// The study a validation scenario reproduces.
  public var study: String?
  /// The study in Dutch, where the scenario's file gives it.
  public var studyNL: String?
  public var seed: String
  /// Replications per run, or per setting of an analysis.
  public var replications: Int?
  /// The threads the results were computed on, where the folder's marker records them.
  public var threads: Int?
  public var caresimVersion: String
  /// The command line that wrote the result; empty where it is not known.
  public var commandLine: [String]
  public var assumptions: [Assumption]
  /// What readers call the scenario's need levels, so that a label of a parameter by level
  /// ("the utility of level 'not self-reliant'") names the level in words; empty where the
  /// result does not record them.
  public var levels: [NeedLevel.Label]
  /// How the scenario, run as it is written, leaves the ground its sources cover (see
  /// ``ScopeWarning``): every command's result carries them, so that every report shows them;
  /// empty for a scenario on that ground, and for a result written before they were recorded.
  public var warnings: [ScopeWarning]

  public init(
    scenarioTitle: String, scenarioTitleNL: String? = nil, scenarioFile: String,
    scenarioHash: String,
    scenarioBases: [String] = [], study: String? = nil, studyNL: String? = nil, seed: String,
    replications: Int?, threads: Int? = nil, caresimVersion: String, commandLine: [String] = [],
    assumptions: [Assumption] = [], levels: [NeedLevel.Label] = [],
    warnings: [ScopeWarning] = []
  ) {
    self.scenarioTitle = scenarioTitle
    self.scenarioTitleNL = scenarioTitleNL
    self.scenarioFile = scenarioFile
    self.scenarioHash = scenarioHash
    self.scenarioBases = scenarioBases
    self.study = study
    self.studyNL = studyNL
    self.seed = seed
    self.replications = replications
    self.threads = threads
    self.caresimVersion = caresimVersion
    self.commandLine = commandLine
    self.assumptions = assumptions
    self.levels = levels
    self.warnings = warnings
  }

  /// The scenario's title as a reader of `dutch` or English reads it: the Dutch title where the
  /// file gives one.
  public func scenarioTitle(dutch: Bool) -> String {
    dutch ? scenarioTitleNL ?? scenarioTitle : scenarioTitle
  }

  /// The study as a reader of `dutch` or English reads it: the Dutch line where the file gives
  /// one; nil for a scenario without a study.
  public func study(dutch: Bool) -> String? { dutch ? studyNL ?? study : study }
}
