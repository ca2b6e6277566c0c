import yauzl from 'yauzl';

/** The files of a zip (a `.vsix`, a `.docx`), by name, in the zip's order, with their bytes. */
export async function zipEntries(path: string): Promise<Map<string, Buffer>> {
    const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
    const entries: yauzl.Entry[] = await new Promise((resolve, reject) => {
        const all: yauzl.Entry[] = [];
        zip.on('entry', (entry: yauzl.Entry) => {
            all.push(entry);
            zip.readEntry();
        });
        zip.on('end', () => resolve(all));
        zip.on('error', reject);
        zip.readEntry();
    });
    const files = new Map<string, Buffer>();
    for (const entry of entries.filter(e => !e.fileName.endsWith('/'))) {
        const chunks: Buffer[] = [];
        for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
        files.set(entry.fileName, Buffer.concat(chunks));
    }
    zip.close();
    return files;
}
