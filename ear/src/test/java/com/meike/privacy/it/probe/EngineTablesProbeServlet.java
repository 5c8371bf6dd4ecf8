package com.meike.privacy.it.probe;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Searches every table of the process engine ({@code ACT_*}: runtime, history, byte arrays,
 * comments, logs) over JDBC for each {@code needle}, in every column, text and binary alike (binary
 * read as UTF-8). Answers {@code ["needle @ TABLE.COLUMN", …]}: where personal data rests in the
 * engine's tables in clear (ComplaintIT).
 */
@WebServlet("/engine-tables")
public class EngineTablesProbeServlet extends HttpServlet {

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] needles = request.getParameterValues("needle");
    JsonArrayBuilder hits = Json.createArrayBuilder();
    int tables = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (String table : engineTables(connection.getMetaData())) {
        tables++;
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              String value = text(rows.getObject(i));
              if (value == null) {
                continue;
              }
              for (String needle : needles) {
                if (value.contains(needle)) {
                  hits.add(needle + " @ " + table + "." + columns.getColumnName(i));
                }
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder().add("tables", tables).add("hits", hits).build().toString());
  }

  private static List<String> engineTables(DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, null, "%", null)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        String schema = rs.getString("TABLE_SCHEM");
        // PostgreSQL lists the engine's indexes and sequences under the same names; read tables
        // only
        String type = rs.getString("TABLE_TYPE");
        boolean table = type != null && type.toUpperCase().endsWith("TABLE");
        if (table
            && name.toUpperCase().startsWith("ACT_")
            && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
          tables.add(schema == null ? name : schema + "." + name);
        }
      }
    }
    return tables;
  }

  private static String text(Object value) throws SQLException, IOException {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      try (InputStream in = blob.getBinaryStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    if (value instanceof Clob clob) {
      try (Reader in = clob.getCharacterStream()) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.append(buffer, 0, n);
        }
        return out.toString();
      }
    }
    return value.toString();
  }
}
