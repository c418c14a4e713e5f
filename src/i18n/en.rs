//! English messages.

use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "UN peacekeeping in figures",
        Msg::AppTagline => "Figures from United Nations reports on peacekeeping, each with its source.",
        Msg::Loading => "Loading the data…",
        Msg::LoadFailed => "The data file could not be loaded",
        Msg::LoadFailedHint => "Check that the file exists at this address and try again.",
        Msg::NotJson => "The data file is not valid JSON",
        Msg::BadFile => "The data file cannot be used",
        Msg::BadDataParam => "The “data” address parameter must be a relative path to a file on this site, such as data/peacekeeping.json.",
        Msg::OpenDefaultData => "Open the page with its default data",
        Msg::SectionFailed => "This part of the data file has problems, so it is not shown:",
        Msg::Crashed => "Something went wrong in the page",
        Msg::CrashedHint => "Reload the page. If this happens again, please report the message below.",
        Msg::NavSofa => "SOFA/SOMA incidents",
        Msg::ColMission => "Mission",
        Msg::ColNewIncidents => "New incidents",
        Msg::ColNewIncidentsDetail => "SOFA/SOMA incidents recorded in the last 6 months",
        Msg::ColTotalIncidents => "Total incidents",
        Msg::ColTotalIncidentsDetail => "at the time of reporting, including longstanding violations predating the reporting period",
        Msg::ColCivilianMovement => "Movement of civilian personnel",
        Msg::ColUniformedMovement => "Movement of uniformed personnel",
        Msg::ColMandatedTasks => "Implementation of mandated tasks",
        Msg::ColGroupImpact => "Impact on",
        Msg::StateNone => "None",
        Msg::StateUnderValidation => "Under validation",
        Msg::StateNoAgreement => "No SOFA/SOMA",
        Msg::NotReported => "not reported",
        Msg::NotReportedWhy => "The report marks an impact level here with a colour-coded symbol; the colours were lost in the text version, so the level is not reported.",
        Msg::Dash => "–",
        Msg::DashWhy => "The report shows a dash in this cell.",
        Msg::SortBy => "Sort by {}",
        Msg::SortHint => "Select a column heading to sort; numbers sort first, the report’s own words (None, Under validation) after them.",
        Msg::SourceLabel => "Published in:",
        Msg::NotesLabel => "Notes",
        Msg::CitedFrom => "{}, {}",
        Msg::DataAsOf => "Data as of {}",
        Msg::DataFile => "Data file: {}",
    }
}
