-- Territories: regions, departments and communes from @etalab/decoupage-administratif, loaded by
-- `essaim migrate` (src/territory/load_reference_data.cpp). Codes are the official ones (INSEE),
-- kept as text because some are not numbers ("2A", "2A004").
-- Codes and search keys use COLLATE "C": autocompletion finds a prefix with the range
-- key >= 'prefix' AND key < 'prefiy', which matches exactly the keys starting with the prefix only
-- under byte order (linguistic collations skip spaces and punctuation), and lets the B-tree serve it.

-- Which version of each reference package is loaded, so a reload happens only when it changes.
CREATE TABLE reference_data_versions (
    name TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    loaded_at BIGINT NOT NULL
);

-- zone: 'metro' (metropolitan France), 'drom' (overseas regions and departments),
-- 'com' (overseas collectivities, listed apart from the 18 regions).
CREATE TABLE regions (
    code TEXT COLLATE "C" PRIMARY KEY,
    name TEXT NOT NULL,
    zone TEXT NOT NULL,
    population BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE departments (
    code TEXT COLLATE "C" PRIMARY KEY,
    name TEXT NOT NULL,
    region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
    zone TEXT NOT NULL,
    population BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX departments_by_region ON departments (region_code, code);

-- name_key is core::fold_for_search(name): lower-case, no accents, punctuation as single spaces.
CREATE TABLE communes (
    code TEXT COLLATE "C" PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT COLLATE "C" NOT NULL,
    department_code TEXT COLLATE "C" NOT NULL REFERENCES departments (code),
    region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
    population BIGINT NOT NULL DEFAULT 0
);
-- Autocompletion: a range scan on the key prefix; population and code in the index so the
-- top 10 is chosen by an index-only scan.
CREATE INDEX communes_by_name_key ON communes (name_key, population) INCLUDE (code);
-- Department pages list communes by decreasing population.
CREATE INDEX communes_by_department ON communes (department_code, population DESC, code);

CREATE TABLE commune_postal_codes (
    postal_code TEXT COLLATE "C" NOT NULL,
    commune_code TEXT COLLATE "C" NOT NULL REFERENCES communes (code) ON DELETE CASCADE,
    PRIMARY KEY (postal_code, commune_code)
);
CREATE INDEX commune_postal_codes_by_commune ON commune_postal_codes (commune_code, postal_code);
