//! [`TableId`]: the tables whose sort the address keeps, each with its name there and its view.

use super::View;

/// A table whose sort the permalink keeps (`sort=<id>.<column>.<asc|desc>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TableId {
    /// The map's missions, as a table.
    Missions,
    /// A mission's row of the SOFA/SOMA table, in its profile.
    ProfileSofa,
    /// A mission's coordination mechanisms, in its profile.
    ProfileMechanisms,
    Sofa,
    /// The parity chart's table.
    Parity,
    /// The chosen funnel's (or count series') table.
    Funnel,
    Mechanisms,
    Figures,
}

impl TableId {
    pub const ALL: [TableId; 8] = [
        TableId::Missions,
        TableId::ProfileSofa,
        TableId::ProfileMechanisms,
        TableId::Sofa,
        TableId::Parity,
        TableId::Funnel,
        TableId::Mechanisms,
        TableId::Figures,
    ];

    /// Its name in the address.
    pub fn id(self) -> &'static str {
        match self {
            TableId::Missions => "map-table",
            TableId::ProfileSofa => "profile-sofa",
            TableId::ProfileMechanisms => "profile-mechanisms",
            TableId::Sofa => "sofa",
            TableId::Parity => "parity-table",
            TableId::Funnel => "funnel-table",
            TableId::Mechanisms => "mechanisms",
            TableId::Figures => "figures",
        }
    }

    /// The table named `id` in an address.
    pub fn parse(id: &str) -> Option<TableId> {
        TableId::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The view it is part of (a sort makes it the view of the permalink).
    pub fn view(self) -> View {
        match self {
            TableId::Missions | TableId::ProfileSofa | TableId::ProfileMechanisms => View::Map,
            TableId::Sofa => View::Sofa,
            TableId::Parity => View::Parity,
            TableId::Funnel => View::Funnels,
            TableId::Mechanisms => View::Mechanisms,
            TableId::Figures => View::Figures,
        }
    }
}
