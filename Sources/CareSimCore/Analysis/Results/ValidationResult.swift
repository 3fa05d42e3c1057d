/// What the validation against a study (`caresim validate-study`) found, as its report shows it:
/// each published figure beside CareSim's estimate, its 95% interval and its status.
///
/// The figures are those of the validation's files (see ``StudyComparison``).
public struct ValidationResult: Sendable, Equatable {
  /// A published figure and CareSim's estimate of it.
  public struct Figure: Sendable, Equatable {
    public var name: String
    /// The Dutch name, where the validation file gives one.
    public var nameNL: String?
    public var kind: PublishedFigure.Kind
    public var status: FigureComparison.Status
    public var published: Double
    public var mean: Double
    public var lower95: Double
    public var upper95: Double
    /// Why CareSim differs from the figure, as the validation file explains it (in English);
    /// nil where the file gives no explanation.
    public var gap: String?
    /// How many runs bear the figure out, for a sign or a break-even.
    ///
    /// For a sign, the share of runs whose value has the published sign; for a break-even, the
    /// share above it. Nil for other figures, and in folders written before it was kept.
    public var shareOfRuns: Double?

    public init(
      name: String, nameNL: String? = nil, kind: PublishedFigure.Kind,
      status: FigureComparison.Status, published: Double, mean: Double, lower95: Double,
      upper95: Double, gap: String? = nil, shareOfRuns: Double? = nil
    ) {
      self.name = name
      self.nameNL = nameNL
      self.kind = kind
      self.status = status
      self.published = published
      self.mean = mean
      self.lower95 = lower95
      self.upper95 = upper95
      self.gap = gap
      self.shareOfRuns = shareOfRuns
    }

    /// The name in `dutch` or in English: the Dutch one where the validation file gives it.
    public func name(dutch: Bool) -> String { dutch ? nameNL ?? name : name }

    /// The estimate and its interval as shares of the published figure; nil for a sign, or a
    /// figure published as zero or not at all.
    ///
    /// Dividing by a negative figure turns the interval round, so its ends are put back in
    /// order: the lower end is the smaller share, as a reader and a chart's description read it.
    public var relativeToPublished: (mean: Double, lower95: Double, upper95: Double)? {
      guard kind != .sign, published != 0, published.isFinite else { return nil }
      let ends = (lower95 / published, upper95 / published)
      return (mean / published, min(ends.0, ends.1), max(ends.0, ends.1))
    }
  }

  public var provenance: ResultProvenance
  /// The study's name, in English.
  public var study: String
  /// The study's name in Dutch, where the validation file gives it (`studyNL`); a Dutch page
  /// shows it in place of ``study``.
  public var studyNL: String?
  public var figures: [Figure]

  public init(
    provenance: ResultProvenance, study: String, studyNL: String? = nil, figures: [Figure]
  ) {
    self.provenance = provenance
    self.study = study
    self.studyNL = studyNL
    self.figures = figures
  }

  /// The study in `dutch` or in English, as ``Figure/name(dutch:)`` names a figure.
  public func study(dutch: Bool) -> String { dutch ? studyNL ?? study : study }

  /// The figures of a status.
  public func count(_ status: FigureComparison.Status) -> Int {
    figures.count { $0.status == status }
  }
}
