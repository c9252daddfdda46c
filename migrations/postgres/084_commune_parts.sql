-- Parts of communes, from @etalab/decoupage-administratif, so that a register line naming one is
-- placed in its commune instead of being rejected: the municipal arrondissements of Paris, Lyon
-- and Marseille (751xx, 6938x, 132xx, parent in the package's "commune"), the communes déléguées
-- and associées of communes nouvelles (parent in "chefLieu"), and the former codes of merged
-- communes (the "anciensCodes" of a current commune). A former code split between two current
-- communes has two rows: the importer then reports the line rather than choose.
-- kind: arrondissement_municipal, commune_deleguee, commune_associee, ancien_code.
CREATE TABLE commune_parts (
    code TEXT COLLATE "C" NOT NULL,
    commune_code TEXT COLLATE "C" NOT NULL REFERENCES communes (code) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('arrondissement_municipal', 'commune_deleguee', 'commune_associee', 'ancien_code')),
    name TEXT NOT NULL,
    PRIMARY KEY (code, commune_code)
);
CREATE INDEX commune_parts_by_commune ON commune_parts (commune_code, code);

-- The part of its commune where a register places an organisation (an arrondissement, a commune
-- déléguée), when the register gives one; commune_code is always the current commune itself.
ALTER TABLE organisations ADD COLUMN commune_part_code TEXT;
