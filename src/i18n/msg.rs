//! The message ids: one per piece of UI text, and their keys in the catalogue files.

/// Declares the message ids, and their keys in the catalogue files (the variant's name).
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A message id. English has text for each (the compiler checks `en.rs`'s `match`);
        /// a test checks every catalogue file has each, with the same placeholders.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
        }

        impl Msg {
            /// Every message, in declaration order (`ALL[m as usize] == m`).
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message's key in a catalogue file.
            pub fn key(self) -> &'static str {
                match self {
                    $(Msg::$name => stringify!($name),)*
                }
            }
        }
    };
}

messages! {
    AppTitle,
    AppTagline,
    Loading,
    /// Shown over the prerendered page while a `?data=` file loads.
    LoadingOtherFile,
    LoadFailed,
    LoadFailedHint,
    NotJson,
    /// The first link of the page, for keyboards: past the header to the content.
    SkipToContent,
    /// A data file over the size the app reads.
    FileTooLarge,
    /// `{path}: {size} MB; … up to {max} MB.`
    FileTooLargeDetail,
    BadFile,
    BadDataParam,
    OpenDefaultData,
    SectionFailed,
    Crashed,
    CrashedHint,
    NavSofa,
    NavMap,
    Embed,
    EmbedTitle,
    EmbedHint,
    EmbedCode,
    CopyCode,
    OpenFullView,
    CiteAs,
    OfflineCopy,
    Download,
    IgnoredParams,
    CopyLink,
    DarkColours,
    LinkCopied,
    ZoomControls,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    MapKeysHint,
    MissionList,
    ProfileClose,
    ProfileSofa,
    ProfileMechanisms,
    ProfileNoMechanisms,
    ProfileNoSofa,
    SeeInTable,
    MapTitle,
    MapSummary,
    MapShowClosed,
    MapSizeLegend,
    MapKeyTitle,
    MapNoneLegend,
    MapNoAgreementLegend,
    MapNotReportedLegend,
    MapClosedLegend,
    MapDashedLegend,
    MapLoadFailed,
    Active,
    Closed,
    ClosedIn,
    ColName,
    ColHeadquarters,
    ColHost,
    Summer,
    Winter,
    HeadquartersSeason,
    DisclaimerMain,
    DisclaimerSudan,
    DisclaimerAbyei,
    DisclaimerKashmir,
    NavParity,
    NavFunnels,
    ParityTitle,
    ParitySummary,
    ParitySummaryNone,
    ParityGap,
    ParityMet,
    ParityNotMet,
    /// A verdict's word where the share or the target is uncertain: shown, not judged.
    ParityNotJudgedUncertain,
    /// After the parity summary: how many categories' pairs are uncertain, so not judged.
    ParitySummaryUncertain,
    ParityNoCompare,
    ParityNotUgps,
    ParityCompareNote,
    KeyUncertain,
    ParityUncertainNote,
    ParityNoTargetNote,
    Target,
    Actual,
    Uncertain,
    ShowTable,
    ShowChart,
    ChartDetailsHint,
    SourcesLabel,
    ColCategory,
    ColKind,
    ColDate,
    ColStage,
    ColCount,
    ColShare,
    FilterFunnel,
    FunnelSummary,
    FunnelShare,
    SnapshotChange,
    SnapshotSubtitle,
    ColReport,
    DerivedApprox,
    NavMechanisms,
    NavFigures,
    NavLabel,
    ColMechanism,
    ColStatus,
    ColContribution,
    SymbolMeaningLost,
    SymbolMeaningLostWhy,
    FilterMission,
    FilterAllMissions,
    FilterTopic,
    SearchFigures,
    SearchCount,
    FilterAllTopics,
    ColFigure,
    ColValue,
    ColPeriod,
    ColSource,
    FiguresIntro,
    LostFiguresTitle,
    LostFiguresIntro,
    EmptyFilter,
    ColMission,
    ColNewIncidents,
    ColNewIncidentsDetail,
    ColTotalIncidents,
    ColTotalIncidentsDetail,
    ColCivilianMovement,
    ColUniformedMovement,
    ColMandatedTasks,
    ColGroupImpact,
    StateNone,
    StateUnderValidation,
    StateNoAgreement,
    NotReported,
    NotReportedWhy,
    Dash,
    DashWhy,
    SortBy,
    PagerLabel,
    PagerPrevious,
    PagerNext,
    PagerStatus,
    SortHint,
    SortHintStates,
    SourceLabel,
    NotesLabel,
    CitedFrom,
    DataAsOf,
    DataFile,
    Yes,
    No,
    /// The page's `<noscript>` line (index.html holds the English one; the build puts in each
    /// language's).
    NoScript,
    /// The recommendations tracker (A/76/505/Add.1).
    NavRecommendations,
    RecIntro,
    /// Shown before the app has the matrix (a button that opens it).
    RecOpen,
    RecLoadFailed,
    /// "{shown} of {total} paragraphs" (plural forms).
    RecCount,
    /// A section's bar: "{shown} of {total}".
    RecSectionCount,
    /// "Show {n} more" paragraphs of the matrix.
    RecShowMore,
    RecChartTitle,
    RecNotAddressed,
    RecFilterSection,
    RecAllSections,
    RecFilterState,
    RecAllStates,
    RecAddressed,
    RecFilterDocument,
    RecAllDocuments,
    RecSearch,
    /// "Paragraph {para} of A/75/19".
    RecPara,
    RecLink,
    RecMissions,
    RecCites,
    RecFigures,
    /// In a mission's profile.
    ProfileRecommendations,
    ProfileFigures,
    /// A funnel stage's line over its bar.
    StageLine,
    /// A funnel stage's line with its share of the stage before.
    StageLineShare,
    /// boot.js: the app could not start (`{error}`: what the browser said).
    BootFailed,
    /// boot.js: a click waits for the app.
    BootLoading,
    /// Before the data file's hash in the footer.
    Sha256Label,
    /// The language switch's label.
    LanguageLabel,
    /// Said once where data labels are shown in the data file's language.
    DataLanguageNote,
    /// The Arabic-Indic digits option (Arabic only).
    ArabicDigits,
    /// Said under the disclaimer when the UN's own wording in this language was not found.
    DisclaimerUntranslated,
    /// Where the disclaimer's wording in this language comes from; the English text follows.
    DisclaimerWordingSource,
    /// "{n} dates" (plural forms).
    CountDates,
    /// "{n} reports" (plural forms).
    CountReports,
    /// Between words or names in a row: ", " (Arabic "، ", Chinese "，").
    ItemSep,
    /// Between entries that may hold commas (sources, counts): "; " (Arabic "؛ ", Chinese "；",
    /// French with a no-break space before the semicolon).
    ListSep,
    /// Between two sentences: ". " (Chinese "。").
    SentenceSep,
    /// After the last sentence: "." (Chinese "。").
    SentenceEnd,
    /// "{label}: {value}" (Chinese full-width colon, French no-break space before it).
    LabelValue,
    /// "{text} ({note})": a text with a note in parentheses (Chinese full-width ones).
    WithNote,
    /// Under the parity chart where a change of source breaks a line.
    ParityJoinNote,
    /// The counts-over-time summary, one sentence per source: "In {source}, {changes}".
    SnapshotBySource,
    /// A measure a source reports at one date only: "{measure}: {count} in {date}".
    SnapshotAt,
    /// Under a counts-over-time chart whose consecutive dates come from different sources.
    SnapshotBasisNote,
    /// Tables with a row per mission: heading, intro, a marked and a blank cell, a name as
    /// printed, a quoted sentence with its place, and the profile's heading.
    MissionTablesTitle,
    MissionTablesIntro,
    TableMarked,
    TableBlank,
    TablePrintedAs,
    QuotedFrom,
    ProfileTables,
    /// Under a chart whose data labels are shown in this site's own translation.
    OwnTranslationNote,
}
