/**
 * A Vite plugin that writes dist/sw.js after the app's build: every file of the build (the page,
 * all chunks including the lazy charts, PDF and results, CSS, icons, the manifest) in a cache
 * named after their contents, so a new build means a new cache. The widget's own page and the
 * chunks only it uses are left out: the widget never registers a worker.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { filesOnlyFor, serviceWorkerSource, type BuiltFile, type ChunkLinks } from './sw-source';

/** The files of a directory, recursively, as paths relative to it with "/" separators. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export interface ServiceWorkerOptions {
  /** HTML pages of the build that are not the app (the widget's frame), by file name. */
  otherPages: string[];
}

/** Writes sw.js into the build's output directory (production builds only). */
export function serviceWorker({ otherPages }: ServiceWorkerOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ff-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? config.build.outDir;
      const chunks: ChunkLinks[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const meta = (
          file as { viteMetadata?: { importedCss?: Set<string>; importedAssets?: Set<string> } }
        ).viteMetadata;
        chunks.push({
          fileName: file.fileName,
          isEntry: file.isEntry,
          facadeModuleId: file.facadeModuleId ?? null,
          imports: file.imports,
          dynamicImports: file.dynamicImports,
          assets: [...(meta?.importedCss ?? []), ...(meta?.importedAssets ?? [])],
        });
      }
      const isOtherPage = (id: string) => otherPages.some((page) => id.endsWith(`/${page}`));
      const excluded = filesOnlyFor(chunks, isOtherPage);
      for (const page of otherPages) excluded.add(page);
      // Everything written, public files (icons, manifest) included, read back from disk.
      const files: BuiltFile[] = listFiles(outDir)
        .filter((fileName) => !excluded.has(fileName))
        .map((fileName) => ({ fileName, source: readFileSync(join(outDir, fileName)) }));
      const runtime = readFileSync(new URL('./sw-runtime.js', import.meta.url), 'utf8');
      const sw = serviceWorkerSource(files, config.base, runtime);
      writeFileSync(join(outDir, 'sw.js'), sw.source);
      config.logger.info(
        `ff-service-worker: sw.js precaches ${sw.precache.length} files in ${sw.cacheName}`,
      );
    },
  };
}
