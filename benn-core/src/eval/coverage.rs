//! Coverage (*Reichweite*): which planning areas and which target groups
//! each action field reaches, with counts of goals and steps, and the gaps:
//! the site's planning areas that no field reaches.
//!
//! - A **step** works where it says (`planning_areas`), or else where its goal
//!   does; a step of the field itself only where it says. Dropped steps reach
//!   nothing.
//! - A **goal** reaches the areas it names and those its steps name.
//! - **Target groups** are named by goals (as written, trimmed); a group
//!   counts the goals naming it and their steps that are not dropped.
//! - **Gaps**: the site's areas (`site.planning_areas`), taken down to their
//!   planning areas where LOR 2021 knows them ([`crate::lor`]), that no
//!   reached area contains or lies in.
//!
//! Names are the official LOR 2021 names where the table applies and knows
//! the code; otherwise `None`.
//!
//! ```
//! use benn_core::{eval, read};
//! let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let c = eval::coverage(&concept);
//! let begegnung = &c.fields[0];
//! let buehring = begegnung.areas.iter().find(|a| a.code == "03500932").unwrap();
//! assert_eq!(buehring.name.as_deref(), Some("Bühringstraße"));
//! assert_eq!((buehring.goals, buehring.steps), (1, 4));
//! // No goal or step names the Weißer See: a gap.
//! assert!(c.gaps.iter().any(|a| a.code == "03500933"));
//! ```

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Concept, LorCode, StepStatus};

/// A LOR unit by code, with its official name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AreaName {
    /// The code, e.g. `03500932`.
    pub code: String,
    /// The official LOR 2021 name, when known.
    pub name: Option<String>,
}

/// An area an action field reaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AreaReach {
    /// The code as named.
    pub code: String,
    /// The official LOR 2021 name, when known.
    pub name: Option<String>,
    /// Goals of the field that reach it.
    pub goals: usize,
    /// Steps of the field that work there.
    pub steps: usize,
}

/// A target group an action field names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupReach {
    /// The group as written.
    pub name: String,
    /// Goals naming it.
    pub goals: usize,
    /// Their steps (not dropped).
    pub steps: usize,
}

/// The reach of one action field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldCoverage {
    /// The field's key.
    pub key: String,
    /// The field's title.
    pub title: String,
    /// The areas, in code order.
    pub areas: Vec<AreaReach>,
    /// The target groups, in the order first named.
    pub target_groups: Vec<GroupReach>,
}

/// The coverage of a concept: what [`coverage`] returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// The site's planning areas (its areas taken down to planning areas
    /// where LOR 2021 knows them), in the site's order.
    pub site_areas: Vec<AreaName>,
    /// Per action field, in the concept's order.
    pub fields: Vec<FieldCoverage>,
    /// The site's planning areas no field reaches.
    pub gaps: Vec<AreaName>,
}

/// Per area code: the code, goals and steps reaching it.
type Reach<'c> = BTreeMap<&'c str, (&'c LorCode, usize, usize)>;

fn count_step<'c>(areas: &mut Reach<'c>, codes: &'c [LorCode]) {
    for code in codes {
        areas.entry(code.as_str()).or_insert((code, 0, 0)).2 += 1;
    }
}

fn name_of(code: &LorCode, lor: bool) -> Option<String> {
    lor.then(|| crate::lor::find_code(code))
        .flatten()
        .map(|u| u.name().to_owned())
}

/// The planning areas and target groups each action field of `concept`
/// reaches, and the site's planning areas none reaches.
pub fn coverage(concept: &Concept) -> Coverage {
    let lor = crate::lor::applies(&concept.site);
    let mut reached: Vec<&LorCode> = Vec::new();
    let mut fields = Vec::new();
    for field in &concept.action_fields {
        let mut areas: Reach<'_> = BTreeMap::new();
        let mut groups: Vec<GroupReach> = Vec::new();
        for goal in &field.goals {
            let live = || {
                goal.steps
                    .iter()
                    .filter(|s| s.status != StepStatus::Dropped)
            };
            let mut goal_areas: Vec<&LorCode> = goal.planning_areas.iter().collect();
            for step in live() {
                let codes = if step.planning_areas.is_empty() {
                    &goal.planning_areas
                } else {
                    &step.planning_areas
                };
                count_step(&mut areas, codes);
                goal_areas.extend(&step.planning_areas);
            }
            crate::sort::sort_by(&mut goal_areas, |a, b| a.as_str().cmp(b.as_str()));
            goal_areas.dedup();
            for code in goal_areas {
                areas.entry(code.as_str()).or_insert((code, 0, 0)).1 += 1;
            }
            let steps = live().count();
            for g in &goal.target_groups {
                let name = g.trim();
                if name.is_empty() {
                    continue;
                }
                match groups.iter_mut().find(|r| r.name == name) {
                    Some(r) => {
                        r.goals += 1;
                        r.steps += steps;
                    }
                    None => groups.push(GroupReach {
                        name: name.to_owned(),
                        goals: 1,
                        steps,
                    }),
                }
            }
        }
        for step in field
            .steps
            .iter()
            .filter(|s| s.status != StepStatus::Dropped)
        {
            count_step(&mut areas, &step.planning_areas);
        }
        reached.extend(areas.values().map(|a| a.0));
        fields.push(FieldCoverage {
            key: field.key.as_str().to_owned(),
            title: field.title.clone(),
            areas: areas
                .into_values()
                .map(|(code, goals, steps)| AreaReach {
                    code: code.as_str().to_owned(),
                    name: name_of(code, lor),
                    goals,
                    steps,
                })
                .collect(),
            target_groups: groups,
        });
    }
    let mut site_areas: Vec<LorCode> = Vec::new();
    for area in &concept.site.planning_areas {
        let units = lor
            .then(|| crate::lor::find_code(&area.code))
            .flatten()
            .map(crate::lor::Unit::planning_areas);
        match units {
            Some(units) => {
                site_areas.extend(units.iter().filter_map(|u| LorCode::new(&u.code()).ok()));
            }
            None => site_areas.push(area.code),
        }
    }
    let mut seen = std::collections::HashSet::new();
    site_areas.retain(|c| seen.insert(c.as_str().to_owned()));
    let named = |c: &LorCode| AreaName {
        code: c.as_str().to_owned(),
        name: name_of(c, lor).or_else(|| {
            concept
                .site
                .planning_areas
                .iter()
                .find(|a| a.code == *c)
                .map(|a| a.name.clone())
        }),
    };
    let gaps = site_areas
        .iter()
        .filter(|c| !reached.iter().any(|r| r.overlaps(c)))
        .map(named)
        .collect();
    Coverage {
        site_areas: site_areas.iter().map(named).collect(),
        fields,
        gaps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_inherit_their_goals_areas_and_groups_count_steps() {
        let mut c = crate::validate::testing::concept();
        let g = &mut c.action_fields[0].goals[0];
        g.target_groups = vec!["Kinder ".into(), "Familien".into()];
        let mut s2 = g.steps[0].clone();
        s2.id = crate::model::Id::new("s2").unwrap();
        s2.planning_areas = vec![LorCode::new("03501037").unwrap()];
        let mut s3 = s2.clone();
        s3.id = crate::model::Id::new("s3").unwrap();
        s3.status = StepStatus::Dropped;
        g.steps.extend([s2, s3]);
        let cov = coverage(&c);
        let f = &cov.fields[0];
        let codes: Vec<(&str, usize, usize)> = f
            .areas
            .iter()
            .map(|a| (a.code.as_str(), a.goals, a.steps))
            .collect();
        assert_eq!(codes, [("03500932", 1, 1), ("03501037", 1, 1)]);
        assert_eq!(f.areas[1].name.as_deref(), Some("Rathaus Weißensee"));
        assert_eq!(
            f.target_groups,
            [
                GroupReach {
                    name: "Kinder".into(),
                    goals: 1,
                    steps: 2
                },
                GroupReach {
                    name: "Familien".into(),
                    goals: 1,
                    steps: 2
                },
            ]
        );
        // The site: Bühringstraße and Weißensee Ost (Rathaus Weißensee, Hansastraße).
        let site: Vec<&str> = cov.site_areas.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(site, ["03500932", "03501037", "03501038"]);
        assert_eq!(
            cov.gaps,
            [AreaName {
                code: "03501038".into(),
                name: Some("Hansastraße".into())
            }]
        );
    }
}
