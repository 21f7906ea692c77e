"""The dataset description of a build: DCAT (DCAT-AP where it fits) and VoID, as RDF.

    from mandate_lineage.queries.dataset import dataset_description, describe
    triples = dataset_description(load_dataset(settings), endpoint="https://example.org/sparql")
    turtle = describe(settings)                  # bytes, what `export --format void` writes

What it says: title, description, publisher, licence, the build's date and id, the mandates, the
number of triples, the named graphs (one per source document, one for the standard terms) with
their size and source, entities per class (VoID class partitions), the vocabularies, the SPARQL
endpoint (a DCAT data service), example resources, the SHACL shapes the data conforms to (with
their SHA-256), the distributions of the export bundle, and the provenance of the build: the data
files read (with their SHA-256) and the code version (package version, git commit).

It describes the exported data as it is: a ``--mandate`` or ``--plain`` export is described as such.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from ..loaders.config import Settings
from ..ontology.iris import ONTOLOGY_NS as ML
from ..ontology.standard_terms import STANDARD

DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SPDX = "http://spdx.org/rdf/terms#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SHAPES_DIR = Path(__file__).resolve().parent.parent / "ontology" / "shapes"

TITLE = "mandate-lineage: the history of UN special-procedures mandates"
DESCRIPTION = (
    "A knowledge graph of UN special-procedures mandates: the resolutions that created and renewed "
    "them, the paragraphs that gave each task, lineage events, holders and their terms, country visits "
    "and reports, every fact citing the document and paragraph or footnote that states it. "
    "Named graphs: one per source document (its IRI is {base}graph/doc/ followed by the document's "
    "symbol or key), holding the facts that document states, and {base}graph/standard-terms, holding "
    "the types and properties of standard vocabularies (ELI, DCTerms, PROV-O, ORG, SKOS, FOAF) that the "
    "ontology's rdfs:subClassOf and rdfs:subPropertyOf mappings entail. Query the union of the graphs: "
    "load union.nt into one graph, or tell the store to use the union as its default graph (Jena TDB: "
    "tdb:unionDefaultGraph; Virtuoso and GraphDB query every graph when a query names none)."
)
PUBLISHER_NAME = "mandate-lineage project"
SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/"
LICENSE = "https://spdx.org/licenses/MIT"  # the project's licence (pyproject.toml)
VOCABULARIES = [ML.rstrip("#")] + [ns for ns in STANDARD.values()]
#: the files of the export bundle: name -> (media type, title)
BUNDLE_FILES = {
    "graph.trig": ("application/trig", "TriG: one named graph per source document, one for the standard terms"),
    "graph.nq": ("application/n-quads", "N-Quads: the same named graphs"),
    "union.nt": ("application/n-triples", "N-Triples: every triple once (the union of the named graphs)"),
    "void.ttl": ("text/turtle", "This description (DCAT and VoID)"),
}


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _lit(value, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_iri(datatype))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_iri(XSD + "integer"))
    return ox.Literal(str(value))


class _Out:
    """Collects triples; `add(s, p, o)` with strings as IRIs (p always an IRI)."""

    def __init__(self) -> None:
        self.triples: list = []

    def add(self, s, p: str, o) -> None:
        s = s if isinstance(s, (ox.NamedNode, ox.BlankNode)) else _iri(s)
        o = o if isinstance(o, (ox.NamedNode, ox.BlankNode, ox.Literal)) else _iri(o)
        self.triples.append(ox.Triple(s, _iri(p), o))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _checksum(out: _Out, subject, value: str, key: str) -> None:
    """An spdx:Checksum (SHA-256) of ``subject``; its blank node is named after ``key``, a stable name of the file."""
    node = ox.BlankNode("checksum-" + hashlib.sha256(key.encode()).hexdigest()[:16])
    out.add(subject, SPDX + "checksum", node)
    out.add(node, RDF + "type", SPDX + "Checksum")
    out.add(node, SPDX + "algorithm", SPDX + "checksumAlgorithm_sha256")
    out.add(SPDX + "checksumAlgorithm_sha256", RDF + "type", SPDX + "ChecksumAlgorithm")
    out.add(node, SPDX + "checksumValue", _lit(value, XSD + "hexBinary"))


def dataset_description(dataset, *, endpoint: str | None = None, base_iri: str | None = None) -> list:
    """The DCAT/VoID description of an export (a queries.export.Dataset), as sorted pyoxigraph triples."""
    from .export import read_manifest

    manifest = read_manifest(dataset.build_dir)
    base = base_iri or manifest.get("base_iri") or "https://w3id.org/mandate-lineage/"
    ds = f"{base}dataset"
    out = _Out()
    triples = dataset.triples()
    graphs = Counter(q.graph_name.value for q in dataset.quads if isinstance(q.graph_name, ox.NamedNode))

    # the catalog, the publisher, the licence
    catalog = f"{base}catalog"
    publisher = f"{base}publisher"
    out.add(catalog, RDF + "type", DCAT + "Catalog")
    out.add(catalog, DCT + "title", _lit("mandate-lineage catalog"))
    out.add(catalog, DCT + "description", _lit("The builds of the mandate-lineage knowledge graph."))
    out.add(catalog, DCT + "publisher", publisher)
    out.add(catalog, DCAT + "dataset", ds)
    out.add(publisher, RDF + "type", FOAF + "Agent")
    out.add(publisher, FOAF + "name", _lit(PUBLISHER_NAME))
    out.add(LICENSE, RDF + "type", DCT + "LicenseDocument")

    # the dataset
    out.add(ds, RDF + "type", DCAT + "Dataset")
    out.add(ds, RDF + "type", VOID + "Dataset")
    title = TITLE + (f" (mandate {dataset.mandate})" if dataset.mandate else "")
    out.add(ds, DCT + "title", _lit(title))
    out.add(ds, DCT + "description", _lit(DESCRIPTION.format(base=base)))
    out.add(ds, DCT + "publisher", publisher)
    out.add(ds, DCT + "license", LICENSE)
    out.add(ds, DCT + "identifier", _lit(manifest["build_id"]))
    out.add(ds, OWL + "versionInfo", _lit(manifest["build_id"]))
    out.add(ds, DCT + "issued", _lit(manifest["created"], XSD + "dateTime"))
    out.add(ds, DCT + "modified", _lit(manifest["created"], XSD + "dateTime"))
    for key in ([dataset.mandate] if dataset.mandate else manifest.get("mandates", [])):
        mandate = f"{base}mandate/{key}"
        out.add(ds, DCT + "subject", mandate)
        out.add(ds, VOID + "exampleResource", mandate)
    out.add(ds, VOID + "triples", _lit(len(triples)))
    subjects = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)}
    out.add(ds, VOID + "entities", _lit(len(subjects)))
    out.add(ds, VOID + "uriSpace", _lit(base))
    for vocabulary in VOCABULARIES:
        out.add(ds, VOID + "vocabulary", vocabulary)
    out.add(ds, DCT + "conformsTo", f"{base}shapes")
    _classes(out, ds, triples)
    _named_graphs(out, ds, dataset, graphs, base)
    _examples(out, ds, triples)
    _service(out, ds, endpoint or Settings().sparql_endpoint)
    _distributions(out, ds, base)
    _shapes(out, f"{base}shapes")
    _provenance(out, ds, manifest, base)
    return sorted(set(out.triples), key=str)


def _classes(out: _Out, ds: str, triples) -> None:
    """VoID class partitions: the entities of each class (the ontology's and the standard ones)."""
    members: dict[str, set] = {}
    for t in triples:
        if t.predicate.value == RDF + "type" and isinstance(t.object, ox.NamedNode):
            members.setdefault(t.object.value, set()).add(str(t.subject))
    for cls in sorted(members):
        part = ox.BlankNode("class-" + hashlib.sha256(cls.encode()).hexdigest()[:16])
        out.add(ds, VOID + "classPartition", part)
        out.add(part, VOID + "class", cls)
        out.add(part, VOID + "entities", _lit(len(members[cls])))


def _named_graphs(out: _Out, ds: str, dataset, graphs: Counter, base: str) -> None:
    """Each named graph as a VoID subset with its size and the document it holds the facts of."""
    docs = {}
    for q in dataset.quads:  # the document of a source graph: what its citations cite
        if q.predicate.value == ML + "document" and isinstance(q.graph_name, ox.NamedNode):
            docs.setdefault(q.graph_name.value, set()).add(q.object.value)
    for g, n in sorted(graphs.items()):
        out.add(ds, VOID + "subset", g)
        out.add(g, RDF + "type", VOID + "Dataset")
        out.add(g, VOID + "triples", _lit(n))
        if g == f"{base}graph/standard-terms":
            out.add(g, RDFS + "comment", _lit("Entailed by the ontology's mappings to standard vocabularies; stated by no document."))
            out.add(g, PROV + "wasDerivedFrom", ML.rstrip("#"))
        for doc in sorted(docs.get(g, ())):
            out.add(g, DCT + "source", doc)


def _examples(out: _Out, ds: str, triples) -> None:
    """A resolution, a task and a holder's term as example resources (the first of each, by IRI)."""
    for cls in ("Resolution", "Task", "Term"):
        found = sorted(t.subject.value for t in triples
                       if t.predicate.value == RDF + "type" and t.object.value == ML + cls and isinstance(t.subject, ox.NamedNode))
        if found:
            out.add(ds, VOID + "exampleResource", found[0])


def _service(out: _Out, ds: str, endpoint: str) -> None:
    service = f"{endpoint}#service"
    out.add(ds, VOID + "sparqlEndpoint", endpoint)
    out.add(service, RDF + "type", DCAT + "DataService")
    out.add(service, DCT + "title", _lit("SPARQL 1.1 endpoint (read-only)"))
    out.add(service, DCAT + "endpointURL", endpoint)
    out.add(endpoint, RDF + "type", RDFS + "Resource")  # DCAT-AP's range shapes ask for the type, not an RDFS reasoner
    out.add(service, DCAT + "servesDataset", ds)
    out.add(service, DCT + "conformsTo", SPARQL_PROTOCOL)
    out.add(SPARQL_PROTOCOL, RDF + "type", DCT + "Standard")
    out.add(ds, DCAT + "distribution", f"{endpoint}#distribution")
    dist = f"{endpoint}#distribution"
    out.add(dist, RDF + "type", DCAT + "Distribution")
    out.add(dist, DCT + "title", _lit("SPARQL endpoint"))
    out.add(dist, DCAT + "accessURL", endpoint)
    out.add(dist, DCAT + "accessService", service)


def _distributions(out: _Out, ds: str, base: str) -> None:
    """The files of `export --format bundle`, under {base}dataset/."""
    for name, (media, title) in BUNDLE_FILES.items():
        dist = f"{base}dataset/{name}"
        out.add(ds, DCAT + "distribution", dist)
        out.add(dist, RDF + "type", DCAT + "Distribution")
        out.add(dist, DCT + "title", _lit(title))
        out.add(dist, DCAT + "accessURL", dist)
        out.add(dist, DCAT + "downloadURL", dist)
        out.add(dist, RDF + "type", RDFS + "Resource")
        media_type = f"http://www.iana.org/assignments/media-types/{media}"
        out.add(dist, DCAT + "mediaType", media_type)
        out.add(media_type, RDF + "type", DCT + "MediaType")
        out.add(dist, DCT + "license", LICENSE)


def _shapes(out: _Out, shapes: str) -> None:
    """The SHACL shapes every build is validated against, each file with its SHA-256."""
    out.add(shapes, RDF + "type", DCT + "Standard")
    out.add(shapes, RDFS + "label", _lit("mandate-lineage SHACL shapes"))
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        part = f"{shapes}/{path.stem}"
        out.add(shapes, DCT + "hasPart", part)
        out.add(part, RDF + "type", DCT + "Standard")
        out.add(part, RDFS + "label", _lit(f"ontology/shapes/{path.name}"))
        _checksum(out, part, file_sha256(path), f"shapes/{path.name}")


def _provenance(out: _Out, ds: str, manifest: dict, base: str) -> None:
    """The build as a prov:Activity: the data files it used (with SHA-256) and the code that ran it."""
    activity = f"{base}build/{manifest['build_id']}"
    out.add(ds, PROV + "wasGeneratedBy", activity)
    out.add(activity, RDF + "type", PROV + "Activity")
    out.add(activity, PROV + "endedAtTime", _lit(manifest["created"], XSD + "dateTime"))
    code = manifest.get("code") or {}
    agent = f"{base}software/{code.get('version') or 'unknown'}"
    out.add(activity, PROV + "wasAssociatedWith", agent)
    out.add(agent, RDF + "type", PROV + "SoftwareAgent")
    out.add(agent, FOAF + "name", _lit("mandate-lineage"))
    if code.get("version"):
        out.add(agent, OWL + "versionInfo", _lit(code["version"]))
    if code.get("git_commit"):
        out.add(agent, RDFS + "comment", _lit(f"git commit {code['git_commit']}"))
    checksum = manifest.get("checksum_sha256")
    if checksum:
        _checksum(out, ds, checksum, "graph.nq")  # of graph.nq, the canonical source quads
    for name, digest in sorted((manifest.get("file_sha256") or {}).items()):
        entity = f"{base}build/{manifest['build_id']}/data/{name}"
        out.add(activity, PROV + "used", entity)
        out.add(entity, RDF + "type", PROV + "Entity")
        out.add(entity, RDFS + "label", _lit(f"data/{name}"))
        _checksum(out, entity, digest, f"data/{name}")


def write_void(dataset) -> bytes:
    """The `void` export format: the description of the exported data in Turtle."""
    from .export import Dataset
    from .export_rdf import write_turtle

    described = dataset_description(dataset, endpoint=getattr(dataset, "endpoint", None))
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in described]
    return write_turtle(Dataset(quads, dataset.build_dir))


def describe(settings: Settings, *, endpoint: str | None = None, mandate: str | None = None, plain: bool = False,
             build_dir: Path | None = None) -> bytes:
    """The description of the current build (or of `build_dir`: what `serve` publishes at
    /.well-known/void for the build it serves), in Turtle."""
    from .export import load_dataset

    dataset = load_dataset(settings, mandate=mandate, plain=plain, build_dir=build_dir)
    dataset.endpoint = endpoint or settings.sparql_endpoint
    return write_void(dataset)
