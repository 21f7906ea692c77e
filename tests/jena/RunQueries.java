// Runs SPARQL query files with Apache Jena ARQ over one data file, loading it once.
//
//   java -cp JENA_JARS RunQueries.java DATA MODE QUERY OUT [QUERY OUT ...]
//
// DATA: an N-Triples, Turtle, TriG or N-Quads file. MODE "as-loaded": the dataset as the file gives it
// (for TriG/N-Quads an empty default graph); "union": the default graph is the union of the named
// graphs (what Jena TDB's tdb:unionDefaultGraph gives), the named graphs stay reachable with GRAPH.
// SELECT results are written as SPARQL JSON, CONSTRUCT results as N-Triples.
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;

public class RunQueries {
    public static void main(String[] args) throws Exception {
        Dataset loaded = RDFDataMgr.loadDataset(args[0]);
        Dataset data = loaded;
        if (args[1].equals("union")) {
            data = DatasetFactory.create(loaded.getUnionModel());
            for (Iterator<String> names = loaded.listNames(); names.hasNext(); ) {
                String name = names.next();
                data.addNamedModel(name, loaded.getNamedModel(name));
            }
        }
        for (int i = 2; i + 1 < args.length; i += 2) {
            Query query = QueryFactory.create(Files.readString(Path.of(args[i])));
            try (QueryExecution exec = QueryExecutionFactory.create(query, data);
                 OutputStream out = new FileOutputStream(args[i + 1])) {
                if (query.isSelectType()) {
                    ResultSetFormatter.outputAsJSON(out, exec.execSelect());
                } else if (query.isConstructType()) {
                    exec.execConstruct().write(out, "N-TRIPLES");
                } else if (query.isAskType()) {
                    out.write((exec.execAsk() ? "true" : "false").getBytes());
                } else {
                    throw new IllegalArgumentException("unsupported query form: " + args[i]);
                }
            }
        }
    }
}
