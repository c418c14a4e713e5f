//! The views of the page, one per part of the data (`section`: what they share, and
//! `SectionView`, the whole view of one section written once), and a mission's profile.

pub mod figures;
pub mod funnels;
pub mod map;
pub mod mechanisms;
pub mod parity;
pub mod profile;
pub mod recommendations;
pub mod section;
pub mod sofa;
