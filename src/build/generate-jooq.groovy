// Generates jOOQ classes from the real schema: starts an embedded PostgreSQL, runs the Flyway migrations
// from db/migration, runs jOOQ's code generator, stops. Skipped when neither the migrations nor this
// script changed since the last run (the hash is kept beside the generated code).
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway
import org.jooq.codegen.GenerationTool
import org.jooq.meta.jaxb.*

import java.nio.file.Files
import java.security.MessageDigest

def base = project.basedir.toPath()
def migrations = base.resolve('db/migration')
def outDir = project.build.directory + '/generated-sources/jooq'
def hashFile = new File(outDir, '.migrations.sha256')

def digest = MessageDigest.getInstance('SHA-256')
Files.list(migrations).sorted().each { p -> digest.update(p.fileName.toString().bytes); digest.update(Files.readAllBytes(p)) }
digest.update(Files.readAllBytes(base.resolve('src/build/generate-jooq.groovy')))
def hash = digest.digest().encodeHex().toString()

if (hashFile.exists() && hashFile.text == hash) {
    log.info("jOOQ code is up to date with db/migration")
    return
}

def started = System.nanoTime()
def pg = EmbeddedPostgres.builder().start()
try {
    def ds = pg.postgresDatabase
    Flyway.configure(this.class.classLoader)
        .dataSource(ds)
        .schemas('advising')
        .table('advising_schema_history')
        .locations('filesystem:' + migrations)
        .load()
        .migrate()
    new File(outDir).deleteDir()
    GenerationTool.generate(new Configuration()
        .withJdbc(new Jdbc()
            .withDriver('org.postgresql.Driver')
            .withUrl(pg.getJdbcUrl('postgres', 'postgres'))
            .withUser('postgres'))
        .withGenerator(new Generator()
            .withDatabase(new Database()
                .withName('org.jooq.meta.postgres.PostgresDatabase')
                .withInputSchema('advising')
                .withExcludes('advising_schema_history'))
            .withGenerate(new Generate()
                .withJavaTimeTypes(true)
                .withPojos(false)
                .withDaos(false)
                .withRecords(true)
                .withFluentSetters(true))
            .withTarget(new Target()
                .withPackageName('com.smartpick.advising.jooq')
                .withDirectory(outDir))))
    hashFile.text = hash
} finally {
    pg.close()
}
log.info("jOOQ code generated from db/migration in ${(System.nanoTime() - started) / 1_000_000} ms")
