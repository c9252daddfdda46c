#!/usr/bin/env python3
"""Writes synthetic register files shaped like the official ones, for tests and benchmarks.

    scripts/generate-registers.py --rows N --out DIR [--seed S] [--damage-every K]

Writes DIR/StockUniteLegale.csv (N units), DIR/StockEtablissement.csv (each unit's head office,
plus a secondary establishment for one unit in three), DIR/rna.csv (N associations, ';'-separated)
and DIR/damage.csv, the list of the lines damaged on purpose (file, physical line, kind).

Headers are INSEE's and the RNA's own names (a subset of their columns); SIRENs and SIRETs pass the
Luhn check; commune and postal codes come from @etalab/decoupage-administratif and activity codes
from @socialgouv/codes-naf (read from web/node_modules); names carry accents, commas and quotes.
With --damage-every K, one data line in K is damaged, in turn: bad quoting, wrong column count,
invalid identifier (SIRET, or SIREN/RNA number in the files without SIRET column) and unknown
commune (in the files that have a commune column).

Python 3 standard library only.
"""

import argparse
import csv
import io
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMUNES_JSON = os.path.join(ROOT, "web", "node_modules", "@etalab", "decoupage-administratif", "data", "communes.json")
NAF_JSON = os.path.join(ROOT, "web", "node_modules", "@socialgouv", "codes-naf", "index.json")

UNITE_LEGALE_HEADER = [
    "siren", "statutDiffusionUniteLegale", "dateCreationUniteLegale", "sigleUniteLegale", "prenom1UniteLegale",
    "identifiantAssociationUniteLegale", "trancheEffectifsUniteLegale", "etatAdministratifUniteLegale",
    "nomUniteLegale", "denominationUniteLegale", "categorieJuridiqueUniteLegale", "activitePrincipaleUniteLegale",
    "nomenclatureActivitePrincipaleUniteLegale", "nicSiegeUniteLegale", "economieSocialeSolidaireUniteLegale",
    "societeMissionUniteLegale", "caractereEmployeurUniteLegale",
]
ETABLISSEMENT_HEADER = [
    "siren", "nic", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement", "etablissementSiege",
    "numeroVoieEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement", "codePostalEtablissement",
    "libelleCommuneEtablissement", "codeCommuneEtablissement", "etatAdministratifEtablissement",
    "activitePrincipaleEtablissement",
]
RNA_HEADER = [
    "id", "id_ex", "siret", "gestion", "date_creat", "date_publi", "nature", "titre", "titre_court", "objet",
    "adrs_numvoie", "adrs_typevoie", "adrs_libvoie", "adrs_codeinsee", "adrs_codepostal", "adrs_libcommune",
    "siteweb", "position",
]

# Legal categories with rough weights: associations first, then cooperatives, companies, mutuals, foundations.
CATEGORIES = [("9220", 40), ("9230", 3), ("9221", 3), ("5458", 4), ("5460", 2), ("5560", 2), ("6317", 2),
              ("8210", 2), ("9300", 2), ("5499", 15), ("5710", 15), ("1000", 10)]
BANDS = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53", ""]
FIRST_NAMES = ["Élodie", "François", "Maïwenn", "Jérôme", "Chloé", "Noël", "Anaïs", "Loïc", "Hélène", "Gaëtan",
               "Zoé", "Benoît", "Inès", "Théo", "Léa", "Côme"]
SURNAMES = ["Lefèvre", "Dupré", "Nguyễn", "Le Bihan", "Müller", "Benoît", "Crémieux", "D'Almeida", "Fabre",
            "Girard", "Ouédraogo", "Pérez", "Rousseau", "Schœlcher"]
WORDS = ["Solidarité", "Entraide", "Jardins partagés", "Épicerie sociale", "Insertion", "Mobilité douce",
         "Habitat participatif", "Réemploi", "Culture", "Écologie", "Santé", "Numérique", "Éducation populaire",
         "Énergie citoyenne", "Alimentation", "Tiers-lieu", "Ressourcerie"]
KINDS = ["Association", "Collectif", "Coopérative", "Amicale", "Union", "Fédération", "Maison", "Atelier"]
STREET_TYPES = ["RUE", "AV", "BD", "PL", "CHE", "IMP", "ALL", "QUA", "RTE"]
STREET_NAMES = ["DE LA RÉPUBLIQUE", "VICTOR HUGO", "DES ÉCOLES", "JEAN JAURÈS", "DU 8 MAI 1945", "DE L'ÉGLISE",
                "PASTEUR", "DES LILAS", "DU GÉNÉRAL DE GAULLE", "SAINT-ÉLOI"]


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def complete_luhn(prefix):
    """The digit that makes prefix + digit pass the Luhn check."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


def break_luhn(number):
    last = int(number[-1])
    return number[:-1] + str((last + 1) % 10)


def load_references():
    with open(COMMUNES_JSON, encoding="utf-8") as f:
        communes = [(c["code"], c["nom"], c["codesPostaux"][0]) for c in json.load(f)
                    if c.get("type") == "commune-actuelle" and c.get("codesPostaux")]
    with open(NAF_JSON, encoding="utf-8") as f:
        naf = [n["id"] for n in json.load(f) if len(n["id"]) == 6]
    return communes, naf


class Writer:
    """A CSV file that knows the physical line of the next record, and damages records on request."""

    def __init__(self, path, header, delimiter):
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.delimiter = delimiter
        self.buffer = io.StringIO()
        self.csv = csv.writer(self.buffer, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self.line = 1
        self.write(header)

    def format(self, fields):
        self.buffer.seek(0)
        self.buffer.truncate()
        self.csv.writerow(fields)
        return self.buffer.getvalue()

    def write(self, fields):
        text = self.format(fields)
        start = self.line
        self.file.write(text)
        self.line += text.count("\n")
        return start

    def write_raw(self, text):
        start = self.line
        self.file.write(text)
        self.line += text.count("\n")
        return start

    def close(self):
        self.file.close()


def organisation_name(rng, commune_name):
    kind = rng.choice(KINDS)
    word = rng.choice(WORDS)
    roll = rng.random()
    if roll < 0.15:
        return f'{kind} "{word}" de {commune_name}'
    if roll < 0.35:
        return f"{kind} {word}, {commune_name}"
    return f"{kind} {word} {commune_name}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--damage-every", type=int, default=0)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    communes, naf = load_references()
    categories = [c for c, _ in CATEGORIES]
    weights = [w for _, w in CATEGORIES]
    os.makedirs(args.out, exist_ok=True)

    units = Writer(os.path.join(args.out, "StockUniteLegale.csv"), UNITE_LEGALE_HEADER, ",")
    establishments = Writer(os.path.join(args.out, "StockEtablissement.csv"), ETABLISSEMENT_HEADER, ",")
    rna = Writer(os.path.join(args.out, "rna.csv"), RNA_HEADER, ";")
    damage = open(os.path.join(args.out, "damage.csv"), "w", encoding="utf-8", newline="")
    damage.write("fichier,ligne,nature\n")
    damage_counts = {"StockUniteLegale.csv": 0, "StockEtablissement.csv": 0, "rna.csv": 0}
    used_sirens = set()
    used_rna = set()

    def damaged(fields, writer, name, kind_choices, identifier_index, identifier_bad, commune_index):
        """Writes `fields` damaged in the next way for this file; returns nothing."""
        kind = kind_choices[damage_counts[name] % len(kind_choices)]
        damage_counts[name] += 1
        if kind == "bad_quoting":
            text = writer.format(fields)
            # A quote inside an unquoted field: the first field gets 'x"y'.
            first, sep, rest = text.partition(writer.delimiter)
            line = writer.write_raw(first.strip('"') + 'x"y' + sep + rest)
        elif kind == "wrong_column_count":
            line = writer.write(fields[:-2])
        elif kind == "invalid_identifier":
            fields = list(fields)
            fields[identifier_index] = identifier_bad(fields[identifier_index])
            line = writer.write(fields)
        else:  # unknown_commune
            fields = list(fields)
            fields[commune_index] = "98799"
            line = writer.write(fields)
        damage.write(f"{name},{line},{kind}\n")

    every = args.damage_every
    for i in range(1, args.rows + 1):
        while True:
            siren = complete_luhn(f"{rng.randrange(10_000_000, 99_999_999):08d}")
            if siren not in used_sirens and siren != "356000000":
                break
        used_sirens.add(siren)
        code, commune_name, postal = rng.choice(communes)
        category = rng.choices(categories, weights)[0]
        person = category == "1000"
        is_association = category.startswith("92")
        rna_id = ""
        while is_association and (not rna_id or rna_id in used_rna):
            rna_id = f"W{rng.randrange(10**8, 10**9):09d}"
        used_rna.add(rna_id)
        nic = complete_luhn(siren + f"{rng.randrange(1, 9999):04d}")[9:]
        ess = "O" if (is_association or category in ("5458", "5460", "5560", "6317", "8210", "9300")
                      or rng.random() < 0.05) else "N"
        mission = "O" if category in ("5499", "5710") and rng.random() < 0.05 else "N"
        ceased = rng.random() < 0.08
        created = f"{rng.randrange(1950, 2025)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        name = organisation_name(rng, commune_name)
        first = rng.choice(FIRST_NAMES) if person else ""
        surname = rng.choice(SURNAMES).upper() if person else ""
        activity = rng.choice(naf)
        unit = [siren, "O", created, rng.choice(["", "", "AJS", "ÉCO'LOGIS", "A.M.I"]), first, rna_id,
                rng.choice(BANDS), "C" if ceased else "A", surname, "" if person else name, category, activity,
                "NAFRev2", nic, ess, mission, rng.choice(["O", "N"])]
        if every and i % every == 0:
            damaged(unit, units, "StockUniteLegale.csv", ["bad_quoting", "wrong_column_count", "invalid_identifier"],
                    0, break_luhn, None)
        else:
            units.write(unit)

        street = [str(rng.randrange(1, 200)), rng.choice(STREET_TYPES), rng.choice(STREET_NAMES)]
        head = [siren, nic, siren + nic, "O", created, "true", *street, postal, commune_name.upper(), code,
                "F" if ceased else "A", activity]
        if every and i % every == 0:
            damaged(head, establishments, "StockEtablissement.csv",
                    ["bad_quoting", "wrong_column_count", "invalid_identifier", "unknown_commune"], 2, break_luhn, 11)
        else:
            establishments.write(head)
        if i % 3 == 0:
            other_code, other_name, other_postal = rng.choice(communes)
            other_nic = complete_luhn(siren + f"{rng.randrange(1, 9999):04d}")[9:]
            if other_nic != nic:
                establishments.write([siren, other_nic, siren + other_nic, "O", created, "false",
                                      str(rng.randrange(1, 200)), rng.choice(STREET_TYPES), rng.choice(STREET_NAMES),
                                      other_postal, other_name.upper(), other_code, "A", activity])

        # The RNA: associations of their own (numbers of their own), some with a SIRET.
        association_id = f"W{(i * 7919) % 10**9:09d}"
        association_code, association_commune, association_postal = rng.choice(communes)
        objet = rng.choice(WORDS) + " ; " + rng.choice(WORDS).lower() + ", actions locales"
        if rng.random() < 0.05 and not (every and i % every == 0):  # a damaged line stays one line
            objet += "\nDeuxième ligne de l'objet, « entre guillemets »"
        association_siret = ""
        if rng.random() < 0.2:
            while True:
                association_siren = complete_luhn(f"{rng.randrange(10_000_000, 99_999_999):08d}")
                if association_siren not in used_sirens and association_siren != "356000000":
                    break
            used_sirens.add(association_siren)
            association_siret = complete_luhn(association_siren + "0001")
        position = rng.choices(["A", "D", "S"], [90, 8, 2])[0]
        record = [association_id, "", association_siret, "751P", created, created, "D",
                  organisation_name(rng, association_commune), rng.choice(["", "", "AJS"]), objet,
                  str(rng.randrange(1, 200)), rng.choice(STREET_TYPES), rng.choice(STREET_NAMES), association_code,
                  association_postal, association_commune.upper(),
                  rng.choice(["", "", "https://exemple.org", "www.exemple.fr"]), position]
        if every and i % every == 0:
            damaged(record, rna, "rna.csv", ["bad_quoting", "wrong_column_count", "invalid_identifier",
                                              "unknown_commune"], 0, lambda v: "W12", 13)
        else:
            rna.write(record)

    for writer in (units, establishments, rna):
        writer.close()
    damage.close()
    print(f"{args.rows} unités légales, leurs établissements et {args.rows} associations dans {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
