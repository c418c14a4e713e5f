//! Map geometry: the world projection and fitting it to a size.

pub mod projection;
