import type { DocModel } from '../../../model.js';
import { descendants, parseXmlTree } from '../xml/tree.js';

/** Title and author from docProps/core.xml, producing application from docProps/app.xml. */
export function readMetadata(coreXml: string | undefined, appXml: string | undefined): DocModel['metadata'] {
  const metadata: DocModel['metadata'] = {};
  const title = firstText(coreXml, 'dc:title');
  const creator = firstText(coreXml, 'dc:creator');
  const application = firstText(appXml, 'Application');
  const version = firstText(appXml, 'AppVersion');
  if (title) metadata.title = title;
  if (creator) metadata.creator = creator;
  if (application) metadata.producer = version ? `${application} ${version}` : application;
  return metadata;
}

function firstText(xml: string | undefined, name: string): string | undefined {
  if (xml === undefined) return undefined;
  const text = descendants(parseXmlTree(xml), name)[0]?.text.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}
