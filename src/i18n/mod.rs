//! The message catalogue: every piece of UI text, keyed by [`Msg`], per language.
//!
//! Data strings (titles, footnotes, mission names) come from the data file and are not here.
//! English is the only catalogue so far; the six UN languages plug in as more `Lang` variants.

mod en;
mod intl;

pub use intl::{compare_text, format_count, format_number};

/// A page language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
        }
    }
}

/// A message id. Each variant has text in every catalogue (the compiler checks the `match`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
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
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::En => en::text(msg),
    }
}

/// Fills `{}` placeholders in order: `fill("Sort by {}", &["Mission"])`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str(args.next().copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill("a {} b {}", &["1", "2"]), "a 1 b 2");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{} missing", &[]), " missing");
    }
}
